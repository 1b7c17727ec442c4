// WeChat Pay APIv3 brand member cards against the in-process WeChat Pay emulator:
// read a user card, update it, and verify + decrypt a USER_CARD.CREATE notification.
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk;
using MemberCards.Sdk.Testing;
using MemberCards.Sdk.WeChatPay;
using Microsoft.Extensions.DependencyInjection;

await using var emulator = await WeChatPayEmulator.StartAsync();
emulator.PutUserCard(WeChatPayEmulator.SampleUserCard("478515832665"));

var services = new ServiceCollection();
services.AddMemberCards().AddWeChatPay(o => emulator.ConfigurePublicKeyMode(o)); // real: MerchantId, keys, ApiV3Key
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

var notification = emulator.CreateNotification(WeChatPayUserCardEvent.CreateEventType, "478515832665");
var handler = provider.GetRequiredService<IWeChatPayNotificationHandler>();
var received = await handler.ParseAsync(notification.Headers, notification.Body);
Console.WriteLine($"notification        {received.Kind} {received.Id} for {received.UserCard.UserCardCode}");
