namespace MemberCards.Sdk;

/// <summary>
/// A non-idempotent request (a points change, a POST or PATCH) was sent but no trustworthy answer came
/// back (timeout, dropped connection, 5xx): the service may or may not have applied it. Check the
/// remote state before sending it again; the SDK never retries such a request on its own.
/// </summary>
public class MemberCardsOutcomeUnknownException : MemberCardsException
{
    /// <summary>Creates an exception.</summary>
    public MemberCardsOutcomeUnknownException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What happened.</param>
    public MemberCardsOutcomeUnknownException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="innerException">The cause.</param>
    public MemberCardsOutcomeUnknownException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception for an operation whose outcome is unknown.</summary>
    /// <param name="service">The service the request went to.</param>
    /// <param name="operation">The operation, such as <c>POST /user/memberPoints</c>.</param>
    /// <param name="statusCode">The HTTP status if one arrived (a 5xx), else <see langword="null"/>.</param>
    /// <param name="innerException">The cause (timeout, I/O error), if any.</param>
    public MemberCardsOutcomeUnknownException(string service, string operation, int? statusCode, Exception? innerException)
        : base(service, $"{service} {operation}: the request was sent but its outcome is unknown ({(statusCode is { } s ? $"HTTP {s}" : innerException is TimeoutException or OperationCanceledException ? "timed out" : innerException is MemberCardsSignatureException ? "the answer failed verification" : "no answer")}); check the remote state before sending it again.", innerException)
    {
        Operation = operation;
        StatusCode = statusCode;
    }

    /// <summary>The operation whose outcome is unknown.</summary>
    public string? Operation { get; }

    /// <summary>The HTTP status if one arrived, else <see langword="null"/>.</summary>
    public int? StatusCode { get; }
}
