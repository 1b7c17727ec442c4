namespace MemberCards.Sdk.WeChat;

/// <summary>
/// A request broke a documented WeChat rule (a length limit, the colour palette, a field combination);
/// it was refused before anything was sent. <see cref="FieldPath"/> names the offending field.
/// </summary>
public sealed class WeChatRequestValidationException : ArgumentException
{
    /// <summary>Creates an exception.</summary>
    public WeChatRequestValidationException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public WeChatRequestValidationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public WeChatRequestValidationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception for a field.</summary>
    /// <param name="fieldPath">The wire path of the field, such as <c>card.member_card.base_info.title</c>.</param>
    /// <param name="problem">What is wrong with it.</param>
    public WeChatRequestValidationException(string fieldPath, string problem)
        : base($"{fieldPath}: {problem}", fieldPath)
    {
        FieldPath = fieldPath;
    }

    /// <summary>The wire path of the offending field.</summary>
    public string? FieldPath { get; }
}
