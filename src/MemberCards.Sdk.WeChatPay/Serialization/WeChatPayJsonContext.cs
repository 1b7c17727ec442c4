using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>The source-generated JSON metadata of the WeChat Pay client (use it through <see cref="WeChatPayJson"/>).</summary>
[JsonSerializable(typeof(UserCard))]
[JsonSerializable(typeof(WeChatPayPage<UserCard>))]
[JsonSerializable(typeof(UpdateUserCardRequest))]
[JsonSerializable(typeof(ConfirmUserCardRequest))]
[JsonSerializable(typeof(InvalidateUserCardRequest))]
[JsonSerializable(typeof(CardTemplate))]
[JsonSerializable(typeof(WeChatPayPage<CardTemplate>))]
[JsonSerializable(typeof(CertificateListBody))]
[JsonSerializable(typeof(WeChatPayNotificationEnvelope))]
[JsonSerializable(typeof(WeChatPayUserCardEvent))]
internal sealed partial class WeChatPayJsonContext : JsonSerializerContext;
