namespace MemberCards.Sdk;

/// <summary>An inbound message is larger than the registration's <c>MaxMessageBytes</c>; it was refused before any parsing.</summary>
public sealed class MemberCardsMessageTooLargeException : MemberCardsFormatException
{
    /// <summary>Creates an exception.</summary>
    /// <param name="service">The service the message came from.</param>
    /// <param name="limit">The cap, in bytes.</param>
    /// <param name="length">The message's length (or the length read so far), in bytes.</param>
    public MemberCardsMessageTooLargeException(string service, long limit, long length)
        : base(service, "the message", location: null, $"it has {length} bytes or more, more than MaxMessageBytes = {limit}")
    {
        Limit = limit;
        Length = length;
    }

    /// <summary>The cap, in bytes.</summary>
    public long Limit { get; }

    /// <summary>The message's length (or the length read so far), in bytes.</summary>
    public long Length { get; }
}
