namespace MemberCards.Sdk;

/// <summary>
/// A signature, MAC or authentication tag did not verify: a response or message that cannot be trusted
/// (tampered, stale, signed with an unknown key, a platform probe, or a wrong secret on our side).
/// </summary>
public class MemberCardsSignatureException : MemberCardsException
{
    /// <summary>Creates an exception.</summary>
    public MemberCardsSignatureException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What did not verify, and why.</param>
    public MemberCardsSignatureException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">What did not verify, and why.</param>
    /// <param name="innerException">The cause.</param>
    public MemberCardsSignatureException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception for a named service.</summary>
    /// <param name="service">The service whose signature failed.</param>
    /// <param name="message">What did not verify, and why.</param>
    /// <param name="innerException">The cause, if any.</param>
    public MemberCardsSignatureException(string service, string message, Exception? innerException = null)
        : base(service, message, innerException)
    {
    }

    /// <summary>Creates an exception for a named service with the reason it failed.</summary>
    /// <param name="service">The service whose signature failed.</param>
    /// <param name="reason">Why it failed.</param>
    /// <param name="message">What did not verify, and why.</param>
    /// <param name="innerException">The cause, if any.</param>
    public MemberCardsSignatureException(string service, SignatureFailureReason reason, string message, Exception? innerException = null)
        : base(service, message, innerException)
    {
        Reason = reason;
    }

    /// <summary>Why the signature did not verify; <see cref="SignatureFailureReason.Unspecified"/> when not given.</summary>
    public SignatureFailureReason Reason { get; }
}
