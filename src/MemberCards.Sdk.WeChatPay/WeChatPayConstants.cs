namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The wire facts of WeChat Pay APIv3 in one place: the service name the SDK uses in messages, telemetry and
/// configuration, the header names, the signature window and the error codes the SDK reads. The emulator in
/// <c>MemberCards.Sdk.Testing</c> uses these too.
/// </summary>
public static class WeChatPayConstants
{
    /// <summary>The service name: the configuration key (<c>MemberCards:WeChatPay</c>), the telemetry tag and the <see cref="MemberCardsException.Service"/> value.</summary>
    public const string ServiceName = "WeChatPay";

    /// <summary><c>Wechatpay-Timestamp</c>: Unix seconds of a signed answer or notification.</summary>
    public const string TimestampHeader = "Wechatpay-Timestamp";

    /// <summary><c>Wechatpay-Nonce</c>: the nonce of a signed answer or notification.</summary>
    public const string NonceHeader = "Wechatpay-Nonce";

    /// <summary><c>Wechatpay-Signature</c>: the Base64 SHA256withRSA signature of an answer or notification.</summary>
    public const string SignatureHeader = "Wechatpay-Signature";

    /// <summary><c>Wechatpay-Serial</c>: the key an answer was signed with, or (on a request) the key sensitive fields were encrypted to.</summary>
    public const string SerialHeader = "Wechatpay-Serial";

    /// <summary><c>Wechatpay-Signature-Type</c>: the signature scheme of a notification (<c>WECHATPAY2-SHA256-RSA2048</c>).</summary>
    public const string SignatureTypeHeader = "Wechatpay-Signature-Type";

    /// <summary><c>Request-ID</c>: WeChat Pay's id of a request, to quote to its support.</summary>
    public const string RequestIdHeader = "Request-ID";

    /// <summary>The error code of an answer to a request whose signature WeChat Pay did not accept.</summary>
    public const string SignErrorCode = "SIGN_ERROR";

    /// <summary>The error code of an answer naming something that does not exist.</summary>
    public const string ResourceNotExistsCode = "RESOURCE_NOT_EXISTS";

    /// <summary>The error code of a request with a wrong or missing parameter.</summary>
    public const string ParamErrorCode = "PARAM_ERROR";

    /// <summary>The error code of a failure on WeChat Pay's side.</summary>
    public const string SystemErrorCode = "SYSTEM_ERROR";

    /// <summary>The error code APIv3 documents for an answer to a request over the rate limit (HTTP 429).</summary>
    public const string RateLimitExceededCode = "RATELIMIT_EXCEEDED";

    /// <summary>Another error code seen on rate-limit answers (HTTP 429); the SDK reads both, and any 429, as a rate limit.</summary>
    public const string FrequencyLimitedCode = "FREQUENCY_LIMITED";

    /// <summary>The largest accepted distance (exclusive) between a signed timestamp and now: 5 minutes.</summary>
    public static readonly TimeSpan SignatureWindow = TimeSpan.FromMinutes(5);

    /// <summary>The largest <c>limit</c> of a brand member card list (templates, user cards, activities): a page holds 1 to 20 items.</summary>
    internal const int MaxPageLimit = 20;

    // The paths of every endpoint the SDK calls: a family prefix, then the operation's part (route parameters named as the official pages name them). IWeChatPayApi and IWeChatPayBrandApi declare their calls with them and the emulator (MemberCards.Sdk.Testing) serves them.

    /// <summary>The platform certificate download (<c>GET</c>).</summary>
    internal const string CertificatesPath = "/v3/certificates";

    /// <summary>The partner (service provider) family's prefix.</summary>
    internal const string PartnerPrefix = "/v3/brand/partner/card-member";

    /// <summary>The brand-direct family's prefix: its requests are signed with the brand scheme and name no <c>brand_id</c>.</summary>
    internal const string BrandPrefix = "/brand/card-member";

    /// <summary>A user's cards: list (<c>GET</c>).</summary>
    internal const string UserCardsPath = "/user-cards";

    /// <summary>One user card: get (<c>GET</c>), update (<c>PATCH</c>).</summary>
    internal const string UserCardPath = "/user-cards/{user_card_code}";

    /// <summary>Confirm a user card (<c>POST</c>).</summary>
    internal const string ConfirmUserCardPath = "/user-cards/{user_card_code}/confirm";

    /// <summary>Invalidate a user card (<c>POST</c>).</summary>
    internal const string InvalidateUserCardPath = "/user-cards/{user_card_code}/invalidate";

    /// <summary>Import a user card by openid (<c>POST</c>).</summary>
    internal const string ImportUserCardByOpenIdPath = "/user-cards/import-by-openid";

    /// <summary>Import a user card by phone number (<c>POST</c>, partner family).</summary>
    internal const string ImportUserCardByPhonePath = "/user-cards/import-by-phone";

    /// <summary>Card templates: create (<c>POST</c>), list (<c>GET</c>).</summary>
    internal const string CardTemplatesPath = "/cards";

    /// <summary>One card template: get (<c>GET</c>), update (<c>PATCH</c>), delete (<c>DELETE</c>, partner family).</summary>
    internal const string CardTemplatePath = "/cards/{card_id}";

    /// <summary>Invalidate a card template (<c>POST</c>).</summary>
    internal const string InvalidateCardTemplatePath = "/cards/{card_id}/invalidate";

    /// <summary>Pre-authorization tokens (<c>POST</c>).</summary>
    internal const string PreAuthTokensPath = "/pre-auth-tokens";

    /// <summary>Pay-view tokens (<c>POST</c>, partner family).</summary>
    internal const string PayViewTokensPath = "/pay-view-tokens";

    /// <summary>Member feeds (<c>POST</c>).</summary>
    internal const string UserFeedsPath = "/user-feeds";

    /// <summary>Points sync (<c>POST</c>).</summary>
    internal const string SyncUserPointsPath = "/user-points/sync";

    /// <summary>Points exchange confirmation (<c>POST</c>).</summary>
    internal const string ConfirmPointExchangePath = "/user-points/exchange-coupon/confirm";

    /// <summary>Membership activities: create (<c>POST</c>), list (<c>GET</c>), partner family.</summary>
    internal const string MembershipActivitiesPath = "/membership-activities";

    /// <summary>One membership activity: get (<c>GET</c>), update (<c>PATCH</c>), partner family.</summary>
    internal const string MembershipActivityPath = "/membership-activities/{activity_id}";

    /// <summary>Terminate a membership activity (<c>POST</c>, partner family).</summary>
    internal const string TerminateMembershipActivityPath = "/membership-activities/{activity_id}/terminate";

    /// <summary>Image upload (<c>POST</c> multipart, brand-direct family).</summary>
    internal const string ImageUploadPath = "/media/image-upload";
}
