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
}
