namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The source-generated JSON metadata of the WeChat Pay client (use it through <see cref="WeChatPayJson"/>). WeChat Pay
/// names its fields in lower snake case, so that is declared once here: a property carries <c>[JsonPropertyName]</c>
/// only where its wire name is not the policy's spelling of its name (<c>openid</c>, <c>appid</c>).
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(UserCard))]
[JsonSerializable(typeof(WeChatPayPage<UserCard>))]
[JsonSerializable(typeof(UpdateUserCardRequest))]
[JsonSerializable(typeof(ConfirmUserCardRequest))]
[JsonSerializable(typeof(InvalidateUserCardRequest))]
[JsonSerializable(typeof(CardTemplate))]
[JsonSerializable(typeof(WeChatPayPage<CardTemplate>))]
[JsonSerializable(typeof(CreateCardTemplateRequest))]
[JsonSerializable(typeof(UpdateCardTemplateRequest))]
[JsonSerializable(typeof(InvalidateCardTemplateRequest))]
[JsonSerializable(typeof(ImportUserCardByOpenIdRequest))]
[JsonSerializable(typeof(ImportUserCardByPhoneRequest))]
[JsonSerializable(typeof(CreateMemberTokenRequest))]
[JsonSerializable(typeof(MemberToken))]
[JsonSerializable(typeof(CreateUserFeedRequest))]
[JsonSerializable(typeof(UserFeed))]
[JsonSerializable(typeof(SyncUserPointsRequest))]
[JsonSerializable(typeof(UserPointBalance))]
[JsonSerializable(typeof(ConfirmPointExchangeRequest))]
[JsonSerializable(typeof(PointExchangeConfirmation))]
[JsonSerializable(typeof(CreateMembershipActivityRequest))]
[JsonSerializable(typeof(UpdateMembershipActivityRequest))]
[JsonSerializable(typeof(TerminateMembershipActivityRequest))]
[JsonSerializable(typeof(MembershipActivity))]
[JsonSerializable(typeof(WeChatPayPage<MembershipActivity>))]
[JsonSerializable(typeof(ImageUploadMeta))]
[JsonSerializable(typeof(UploadedImage))]
[JsonSerializable(typeof(CertificateListBody))]
[JsonSerializable(typeof(WeChatPayNotificationEnvelope))]
[JsonSerializable(typeof(WeChatPayUserCardEvent))]
[JsonSerializable(typeof(WeChatPayPointExchangeCouponEvent))]
[JsonSerializable(typeof(WeChatPaySyncUserPointEvent))]
[JsonSerializable(typeof(WeChatPayUnknownEvent))]
internal sealed partial class WeChatPayJsonContext : JsonSerializerContext;
