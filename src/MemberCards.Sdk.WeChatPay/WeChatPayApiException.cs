namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// WeChat Pay answered with a non-2xx status. Besides <see cref="MemberCardsApiException.ErrorCode"/>,
/// <see cref="MemberCardsApiException.ErrorMessage"/>, the raw <c>detail</c> JSON in
/// <see cref="MemberCardsApiException.Details"/> and the <c>Request-ID</c>, a <c>SIGN_ERROR</c> carries the exact
/// message the SDK signed, to compare with <c>detail.sign_information</c>.
/// </summary>
public sealed class WeChatPayApiException : MemberCardsApiException
{
    /// <summary>Creates an exception.</summary>
    public WeChatPayApiException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public WeChatPayApiException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public WeChatPayApiException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception describing WeChat Pay's error answer.</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="errorCode">The <c>code</c>.</param>
    /// <param name="errorMessage">The <c>message</c>.</param>
    /// <param name="requestId">The <c>Request-ID</c> header.</param>
    /// <param name="details">The raw <c>detail</c> JSON, or the raw body when it is not WeChat Pay's error JSON.</param>
    /// <param name="signingMessage">On <c>SIGN_ERROR</c>, the message the SDK signed (no key material); otherwise <see langword="null"/>.</param>
    public WeChatPayApiException(int statusCode, string? errorCode, string? errorMessage, string? requestId, string? details, string? signingMessage)
        : base(WeChatPayConstants.ServiceName, statusCode, errorCode, errorMessage, requestId, details)
    {
        SigningMessage = signingMessage;
    }

    /// <summary>
    /// Whether WeChat Pay refused the request for its rate limit (HTTP 429, or the code
    /// <see cref="WeChatPayConstants.RateLimitExceededCode"/> or <see cref="WeChatPayConstants.FrequencyLimitedCode"/>):
    /// nothing was done. The brand member card calls allow about 5 requests per second per service-provider merchant.
    /// The SDK never retries a write; send the same request object again later (it keeps its <c>out_request_no</c>).
    /// </summary>
    public bool IsRateLimited => StatusCode == 429 || ErrorCode is WeChatPayConstants.RateLimitExceededCode or WeChatPayConstants.FrequencyLimitedCode;

    /// <summary>
    /// On <c>SIGN_ERROR</c>: the exact text the SDK signed (<c>METHOD\nPATH?QUERY\nTIMESTAMP\nNONCE\nBODY\n</c>),
    /// to compare with <c>detail.sign_information.truncated_sign_message</c>. Never contains a key.
    /// </summary>
    public string? SigningMessage { get; }
}
