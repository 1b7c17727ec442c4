namespace MemberCards.Sdk;

/// <summary>Why a signature did not verify: set on every <see cref="MemberCardsSignatureException"/> the SDK throws.</summary>
public enum SignatureFailureReason
{
    /// <summary>Not given (an exception created by user code).</summary>
    Unspecified = 0,

    /// <summary>The signature was computed but does not match: tampered content or a wrong key or secret.</summary>
    Mismatch = 1,

    /// <summary>A header or parameter the signature needs (signature, timestamp, nonce, serial) is missing or empty.</summary>
    MissingHeaders = 2,

    /// <summary>The signed timestamp lies outside the accepted window (a replay, or a clock far off).</summary>
    StaleTimestamp = 3,

    /// <summary>The message names a key (certificate serial) that is not known, even after a refresh.</summary>
    UnknownSerial = 4,

    /// <summary>The platform's deliberate signature probe (WeChat Pay's <c>WECHATPAY/SIGNTEST/</c> signatures).</summary>
    Probe = 5,

    /// <summary>The signature value is not in the expected form (not Base64, not hex, wrong length).</summary>
    Malformed = 6,
}
