// Youzan pushes against the Youzan push emulator: a signed SCRM_CUSTOMER_CARD push goes through the dispatcher
// (verify, de-duplicate, handlers by concrete type, family and all pushes), and a re-send of it is recognised
// as a duplicate.
using MemberCards.Sdk;
using MemberCards.Sdk.Testing.Youzan;
using MemberCards.Sdk.Youzan;
using Microsoft.Extensions.DependencyInjection;

const string clientId = "sample-client-id";
const string clientSecret = "sample-client-secret";
using var youzan = new YouzanPushEmulator(clientId, clientSecret) { Style = YouzanPushStyle.Cloud };

var services = new ServiceCollection();
services.AddMemberCards().AddYouzan()
    .Configure(o =>
    {
        o.ClientId = clientId;         // real: bind MemberCards:Youzan from configuration instead
        o.ClientSecret = clientSecret;
    })
    .AddHandler<YouzanCustomerCardEvent, PrintCustomerCard>()
    .AddHandler<YouzanPush, PrintEveryPush>();
await using var provider = services.BuildServiceProvider();
var dispatcher = provider.GetRequiredService<IYouzanDispatcher>();

var push = youzan.CustomerCardPush("E20261122001", "card-alias", "CUSTOMER_CARD_TAKEN", "13800001111", 0, 0, DateTimeOffset.Now);
var first = await dispatcher.DispatchAsync(push.Body, push.EventSign);
Console.WriteLine($"first delivery      {first.Outcome} ({first.HandlerCalls} handlers), answer {first.Reply}");

var resend = await dispatcher.DispatchAsync(push.AsRetry().Body, push.AsRetry().EventSign);
Console.WriteLine($"re-send             {resend.Outcome}");

internal sealed class PrintCustomerCard : IYouzanMessageHandler<YouzanCustomerCardEvent>
{
    public Task HandleAsync(YouzanCustomerCardEvent message, YouzanMessageContext context, CancellationToken cancellationToken)
    {
        Console.WriteLine($"handled             {message}");
        return Task.CompletedTask;
    }
}

internal sealed class PrintEveryPush : IYouzanMessageHandler<YouzanPush>
{
    public Task HandleAsync(YouzanPush message, YouzanMessageContext context, CancellationToken cancellationToken)
    {
        var app = context.RegistrationName.Length == 0 ? "the default app" : $"app '{context.RegistrationName}'";
        Console.WriteLine($"every push          {message.Type} for {app} (msg_id {context.MessageId})");
        return Task.CompletedTask;
    }
}
