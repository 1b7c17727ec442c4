namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The paths of every WeChat Pay endpoint the SDK calls, written once: <see cref="IWeChatPayApi"/> and
/// <see cref="IWeChatPayBrandApi"/> declare their calls with them and the emulator (<c>MemberCards.Sdk.Testing</c>) serves
/// them, so the two cannot drift apart. A member card path is a family prefix (<see cref="Partner"/> or
/// <see cref="Brand"/>) followed by the operation's part; the route parameters are named as the official pages name them.
/// </summary>
internal static class WeChatPayPaths
{
    /// <summary>The platform certificate download (<c>GET</c>).</summary>
    public const string Certificates = "/v3/certificates";

    /// <summary>The partner (service provider) family's prefix.</summary>
    public const string Partner = "/v3/brand/partner/card-member";

    /// <summary>The brand-direct family's prefix: its requests are signed with the brand scheme and name no <c>brand_id</c>.</summary>
    public const string Brand = "/brand/card-member";

    /// <summary>A user's cards: list (<c>GET</c>).</summary>
    public const string UserCards = "/user-cards";

    /// <summary>One user card: get (<c>GET</c>), update (<c>PATCH</c>).</summary>
    public const string UserCard = "/user-cards/{user_card_code}";

    /// <summary>Confirm a user card (<c>POST</c>).</summary>
    public const string ConfirmUserCard = "/user-cards/{user_card_code}/confirm";

    /// <summary>Invalidate a user card (<c>POST</c>).</summary>
    public const string InvalidateUserCard = "/user-cards/{user_card_code}/invalidate";

    /// <summary>Import a user card by openid (<c>POST</c>).</summary>
    public const string ImportUserCardByOpenId = "/user-cards/import-by-openid";

    /// <summary>Import a user card by phone number (<c>POST</c>, partner family).</summary>
    public const string ImportUserCardByPhone = "/user-cards/import-by-phone";

    /// <summary>Card templates: create (<c>POST</c>), list (<c>GET</c>).</summary>
    public const string CardTemplates = "/cards";

    /// <summary>One card template: get (<c>GET</c>), update (<c>PATCH</c>), delete (<c>DELETE</c>, partner family).</summary>
    public const string CardTemplate = "/cards/{card_id}";

    /// <summary>Invalidate a card template (<c>POST</c>).</summary>
    public const string InvalidateCardTemplate = "/cards/{card_id}/invalidate";

    /// <summary>Pre-authorization tokens (<c>POST</c>).</summary>
    public const string PreAuthTokens = "/pre-auth-tokens";

    /// <summary>Pay-view tokens (<c>POST</c>, partner family).</summary>
    public const string PayViewTokens = "/pay-view-tokens";

    /// <summary>Member feeds (<c>POST</c>).</summary>
    public const string UserFeeds = "/user-feeds";

    /// <summary>Points sync (<c>POST</c>).</summary>
    public const string SyncUserPoints = "/user-points/sync";

    /// <summary>Points exchange confirmation (<c>POST</c>).</summary>
    public const string ConfirmPointExchange = "/user-points/exchange-coupon/confirm";

    /// <summary>Membership activities: create (<c>POST</c>), list (<c>GET</c>), partner family.</summary>
    public const string MembershipActivities = "/membership-activities";

    /// <summary>One membership activity: get (<c>GET</c>), update (<c>PATCH</c>), partner family.</summary>
    public const string MembershipActivity = "/membership-activities/{activity_id}";

    /// <summary>Terminate a membership activity (<c>POST</c>, partner family).</summary>
    public const string TerminateMembershipActivity = "/membership-activities/{activity_id}/terminate";

    /// <summary>Image upload (<c>POST</c> multipart, brand-direct family).</summary>
    public const string ImageUpload = "/media/image-upload";
}
