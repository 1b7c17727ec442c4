namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// One line of an APIv3 signing message (request, answer or notification): the text in UTF-8 followed by one LF. The
/// messages are these lines, then the body, then a final LF.
/// </summary>
internal static class SigningMessageLine
{
    /// <summary>The bytes <see cref="Write"/> takes for <paramref name="text"/>.</summary>
    public static int Length(ReadOnlySpan<char> text) => Encoding.UTF8.GetByteCount(text) + 1;

    /// <summary>Writes <paramref name="text"/> and its LF at the start of <paramref name="destination"/>.</summary>
    /// <returns>The bytes written.</returns>
    public static int Write(ReadOnlySpan<char> text, Span<byte> destination)
    {
        var written = Encoding.UTF8.GetBytes(text, destination);
        destination[written] = (byte)'\n';
        return written + 1;
    }
}
