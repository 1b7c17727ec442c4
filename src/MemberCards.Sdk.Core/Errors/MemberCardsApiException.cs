namespace MemberCards.Sdk;

/// <summary>A remote service answered with an error (a non-success HTTP status or a business error code).</summary>
public class MemberCardsApiException : MemberCardsException
{
    /// <summary>Creates an exception.</summary>
    public MemberCardsApiException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public MemberCardsApiException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public MemberCardsApiException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception describing a service's error answer.</summary>
    /// <param name="service">The service that answered.</param>
    /// <param name="statusCode">The HTTP status code, if an HTTP answer arrived.</param>
    /// <param name="errorCode">The service's error code (<c>SIGN_ERROR</c>, <c>40001</c>, <c>20000</c> ...).</param>
    /// <param name="errorMessage">The service's error message.</param>
    /// <param name="requestId">The service's request id, for support tickets.</param>
    /// <param name="details">Extra detail the service sent (raw JSON or text), free of secrets.</param>
    /// <param name="innerException">The cause, if any.</param>
    public MemberCardsApiException(string service, int? statusCode, string? errorCode, string? errorMessage, string? requestId, string? details = null, Exception? innerException = null)
        : base(service, Describe(service, statusCode, errorCode, errorMessage, requestId), innerException)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        ErrorMessage = errorMessage;
        RequestId = requestId;
        Details = details;
    }

    /// <summary>The HTTP status code, if an HTTP answer arrived.</summary>
    public int? StatusCode { get; }

    /// <summary>The service's error code, verbatim.</summary>
    public string? ErrorCode { get; }

    /// <summary>The service's error message, verbatim.</summary>
    public string? ErrorMessage { get; }

    /// <summary>The service's request id (WeChat Pay <c>Request-ID</c>, WeChat <c>rid</c>).</summary>
    public string? RequestId { get; }

    /// <summary>Extra detail the service sent (WeChat Pay's <c>detail</c> JSON, the ERP's <c>info</c>), verbatim.</summary>
    public string? Details { get; }

    /// <summary>
    /// What the SDK knows about fixing this error, when it knows something: the settings to check (named as
    /// <see cref="MemberCardsSettingName"/> does, never their values) and the tool that checks them, such as
    /// <c>membercards wechatpay check-key</c> on a WeChat Pay <c>SIGN_ERROR</c>. Set by the service's reading of its
    /// answers and appended to <see cref="Message"/>; <see langword="null"/> when there is no hint.
    /// </summary>
    public string? Hint { get; init; }

    /// <summary>The description of the error, followed by the <see cref="Hint"/> when there is one.</summary>
    public override string Message => string.IsNullOrEmpty(Hint) ? base.Message : base.Message + " " + Hint;

    private static string Describe(string service, int? statusCode, string? errorCode, string? errorMessage, string? requestId)
    {
        var text = $"{service} answered with an error";
        if (statusCode is { } status)
        {
            text += $" (HTTP {status})";
        }

        if (!string.IsNullOrEmpty(errorCode))
        {
            text += $": {errorCode}";
        }

        if (!string.IsNullOrEmpty(errorMessage))
        {
            text += $" {errorMessage}";
        }

        if (!string.IsNullOrEmpty(requestId))
        {
            text += $" [request id {requestId}]";
        }

        return text + ".";
    }
}
