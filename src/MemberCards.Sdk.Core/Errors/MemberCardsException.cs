namespace MemberCards.Sdk;

/// <summary>
/// The root of every exception the SDK throws for remote input or remote failures. Messages say what
/// was wrong and where, and never contain a secret (keys, tokens, passwords).
/// </summary>
public class MemberCardsException : Exception
{
    /// <summary>Creates an exception.</summary>
    public MemberCardsException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public MemberCardsException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public MemberCardsException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception for a named service.</summary>
    /// <param name="service">The service involved (<c>WeChat</c>, <c>WeChatPay</c>, <c>Youzan</c>, <c>Erp</c>, <c>Iot</c>).</param>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause, if any.</param>
    public MemberCardsException(string? service, string message, Exception? innerException)
        : base(message, innerException)
    {
        Service = service;
    }

    /// <summary>The service involved, when known.</summary>
    public string? Service { get; }
}
