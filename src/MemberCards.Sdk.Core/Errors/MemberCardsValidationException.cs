namespace MemberCards.Sdk;

/// <summary>
/// A request broke a documented rule of its service (a required field, a length limit, a field combination) and was
/// refused before anything was sent. Every service throws this one type: <see cref="Service"/> names the service and
/// <see cref="FieldPath"/> the offending field as it is on the wire. It is an <see cref="ArgumentException"/>, so code
/// that catches those keeps working.
/// </summary>
public sealed class MemberCardsValidationException : ArgumentException
{
    /// <summary>Creates an exception.</summary>
    public MemberCardsValidationException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public MemberCardsValidationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public MemberCardsValidationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception for a field of a service's request.</summary>
    /// <param name="service">The service (<c>WeChat</c>, <c>WeChatPay</c>, <c>Erp</c> ...).</param>
    /// <param name="fieldPath">The wire path of the field, such as <c>card.member_card.base_info.title</c>.</param>
    /// <param name="problem">What is wrong with it.</param>
    public MemberCardsValidationException(string service, string fieldPath, string problem)
        : base($"{fieldPath}: {problem}", fieldPath)
    {
        Service = service;
        FieldPath = fieldPath;
    }

    /// <summary>The service whose rule was broken, or <see langword="null"/> when not given.</summary>
    public string? Service { get; }

    /// <summary>The wire path of the offending field, or <see langword="null"/> when not given.</summary>
    public string? FieldPath { get; }
}
