using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MemberCards.Sdk.Serialization;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>The metadata of every wire type under the SDK's JSON conventions (nulls omitted, Chinese unescaped).</summary>
internal static class WeChatPayJson
{
    public static readonly JsonSerializerOptions Options = MemberCardsJson.CreateOptions(WeChatPayJsonContext.Default.WithAddedModifier(PathValuesAreNotBody));

    public static readonly JsonTypeInfo<UserCard> UserCard = Get<UserCard>();

    public static readonly JsonTypeInfo<WeChatPayPage<UserCard>> UserCardPage = Get<WeChatPayPage<UserCard>>();

    public static readonly JsonTypeInfo<UpdateUserCardRequest> UpdateUserCardRequest = Get<UpdateUserCardRequest>();

    public static readonly JsonTypeInfo<ConfirmUserCardRequest> ConfirmUserCardRequest = Get<ConfirmUserCardRequest>();

    public static readonly JsonTypeInfo<InvalidateUserCardRequest> InvalidateUserCardRequest = Get<InvalidateUserCardRequest>();

    public static readonly JsonTypeInfo<CardTemplate> CardTemplate = Get<CardTemplate>();

    public static readonly JsonTypeInfo<WeChatPayPage<CardTemplate>> CardTemplatePage = Get<WeChatPayPage<CardTemplate>>();

    public static readonly JsonTypeInfo<InvalidateCardTemplateRequest> InvalidateCardTemplateRequest = Get<InvalidateCardTemplateRequest>();

    public static readonly JsonTypeInfo<ImportUserCardByOpenIdRequest> ImportUserCardByOpenIdRequest = Get<ImportUserCardByOpenIdRequest>();

    public static readonly JsonTypeInfo<ImportUserCardByPhoneRequest> ImportUserCardByPhoneRequest = Get<ImportUserCardByPhoneRequest>();

    public static readonly JsonTypeInfo<CreateMemberTokenRequest> CreateMemberTokenRequest = Get<CreateMemberTokenRequest>();

    public static readonly JsonTypeInfo<MemberToken> MemberToken = Get<MemberToken>();

    public static readonly JsonTypeInfo<CreateUserFeedRequest> CreateUserFeedRequest = Get<CreateUserFeedRequest>();

    public static readonly JsonTypeInfo<UserFeed> UserFeed = Get<UserFeed>();

    public static readonly JsonTypeInfo<SyncUserPointsRequest> SyncUserPointsRequest = Get<SyncUserPointsRequest>();

    public static readonly JsonTypeInfo<UserPointBalance> UserPointBalance = Get<UserPointBalance>();

    public static readonly JsonTypeInfo<ConfirmPointExchangeRequest> ConfirmPointExchangeRequest = Get<ConfirmPointExchangeRequest>();

    public static readonly JsonTypeInfo<PointExchangeConfirmation> PointExchangeConfirmation = Get<PointExchangeConfirmation>();

    public static readonly JsonTypeInfo<CreateMembershipActivityRequest> CreateMembershipActivityRequest = Get<CreateMembershipActivityRequest>();

    public static readonly JsonTypeInfo<UpdateMembershipActivityRequest> UpdateMembershipActivityRequest = Get<UpdateMembershipActivityRequest>();

    public static readonly JsonTypeInfo<TerminateMembershipActivityRequest> TerminateMembershipActivityRequest = Get<TerminateMembershipActivityRequest>();

    public static readonly JsonTypeInfo<MembershipActivity> MembershipActivity = Get<MembershipActivity>();

    public static readonly JsonTypeInfo<WeChatPayPage<MembershipActivity>> MembershipActivityPage = Get<WeChatPayPage<MembershipActivity>>();

    public static readonly JsonTypeInfo<CertificateListBody> CertificateListBody = Get<CertificateListBody>();

    public static readonly JsonTypeInfo<WeChatPayNotificationEnvelope> NotificationEnvelope = Get<WeChatPayNotificationEnvelope>();

    /// <summary>A required request value that travels in the path or query (<c>[JsonIgnore]</c>) is not required in the body.</summary>
    private static void PathValuesAreNotBody(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if (property.IsRequired && property.Set is null)
            {
                property.IsRequired = false;
            }
        }
    }

    private static JsonTypeInfo<T> Get<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
}
