// Youzan pushes against the Youzan push emulator: a signed SCRM_CUSTOMER_CARD push goes through the dispatcher
// (verify, de-duplicate, typed handler), and a re-send of it is recognised as a duplicate.
using MemberCards.Sdk.Testing.Youzan;
using MemberCards.Sdk;
using MemberCards.Sdk.Testing;
using MemberCards.Sdk.Youzan;
using Microsoft.Extensions.DependencyInjection;

const string clientId = "sample-client-id";
const string clientSecret = "sample-client-secret";
using var youzan = new YouzanPushEmulator(clientId, clientSecret) { Style = YouzanPushStyle.Cloud };

var services = new ServiceCollection();
services.AddMemberCards().AddYouzan(o =>
{
    o.ClientId = clientId;
    o.ClientSecret = clientSecret;
});
services.AddScoped<IYouzanPushHandler<YouzanCustomerCardEvent>, PrintCustomerCard>();
await using var provider = services.BuildServiceProvider();
var dispatcher = provider.GetRequiredService<IYouzanPushDispatcher>();

var push = youzan.CustomerCardPush("E20261122001", "card-alias", "CUSTOMER_CARD_TAKEN", "13800001111", 0, 0, DateTimeOffset.Now);
var first = await dispatcher.DispatchAsync(push.Body, push.EventSign);
Console.WriteLine($"first delivery      {first.Outcome}, answer {first.ReplyJson}");

var resend = await dispatcher.DispatchAsync(push.AsRetry().Body, push.AsRetry().EventSign);
Console.WriteLine($"re-send             {resend.Outcome}");

internal sealed class PrintCustomerCard : IYouzanPushHandler<YouzanCustomerCardEvent>
{
    public Task HandleAsync(YouzanCustomerCardEvent message, CancellationToken cancellationToken)
    {
        Console.WriteLine($"handled             {message}");
        return Task.CompletedTask;
    }
}
