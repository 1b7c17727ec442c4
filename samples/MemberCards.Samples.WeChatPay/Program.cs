// WeChat Pay APIv3 brand member cards against the in-process WeChat Pay emulator:
// read a user card, update it, call an endpoint through your own Refit interface (one the SDK also models, so the emulator answers it),
// and dispatch a USER_CARD.CREATE notification to a handler.
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk;
using MemberCards.Sdk.Testing;
using MemberCards.Sdk.WeChatPay;
using Microsoft.Extensions.DependencyInjection;

await using var emulator = await WeChatPayEmulator.StartAsync();
emulator.PutUserCard(WeChatPayEmulator.SampleUserCard("478515832665"));

var services = new ServiceCollection();
services.AddMemberCards()
    .AddWeChatPay(o => emulator.ConfigurePublicKeyMode(o)) // real: MerchantId, keys, ApiV3Key
    .AddHandler<WeChatPayUserCardEvent, PrintUserCardEvent>()
    .AddApi<IMemberFeedApi>(SampleJson.Default);
await using var provider = services.BuildServiceProvider();
var client = provider.GetRequiredService<IWeChatPayBrandCardClient>();

var card = await client.GetUserCardAsync(new GetUserCardRequest
{
    UserCardCode = "478515832665",
    BrandId = "1004",
    CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0",
    OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA",
});
Console.WriteLine($"read                {card}");
Console.WriteLine($"level               {card.Level}, phone decrypted: {Redaction.Phone(card.PhoneNumber?.Reveal())}");

var updated = await client.UpdateUserCardAsync(new UpdateUserCardRequest
{
    UserCardCode = card.UserCardCode!,
    BrandId = "1004",
    CardId = card.CardId!,
    OpenId = card.OpenId!,
    Level = "金卡会员",
});
Console.WriteLine($"updated             level {updated.Level}");

// Your own Refit interface, over the same signed and verified pipeline (the SDK's CreateUserFeedAsync makes this call
// too; it stands in for an endpoint the SDK does not model, which you would declare the same way).
await provider.GetRequiredService<IMemberFeedApi>().SyncAsync(new FeedBody
{
    BrandId = "1004",
    CardId = card.CardId,
    UserCardCode = card.UserCardCode,
    OpenId = card.OpenId,
    OutRequestNo = "feed-0001",
    Cell = "积分+10",
});
Console.WriteLine($"own Refit interface POST /user-feeds accepted ({emulator.UserFeeds.Count} feed)");

var notification = emulator.CreateNotification(WeChatPayUserCardEvent.CreateEventType, "478515832665");
var dispatcher = provider.GetRequiredService<IWeChatPayDispatcher>();
var result = await dispatcher.DispatchAsync(notification.Headers, notification.Body);
var again = await dispatcher.DispatchAsync(notification.Headers, notification.Body);
Console.WriteLine($"notification        {result.Outcome}, redelivery {again.Outcome}");

/// <summary>Prints each user-card notification.</summary>
internal sealed class PrintUserCardEvent : IWeChatPayMessageHandler<WeChatPayUserCardEvent>
{
    public Task HandleAsync(WeChatPayUserCardEvent message, WeChatPayMessageContext context, CancellationToken cancellationToken)
    {
        Console.WriteLine($"handler             {message.Kind} {message.Id} for {message.UserCard.UserCardCode} (merchant '{context.RegistrationName}')");
        return Task.CompletedTask;
    }
}
