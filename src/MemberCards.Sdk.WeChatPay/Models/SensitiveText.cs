namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// A sensitive WeChat Pay field (<c>phone_number</c>, <c>user_information.common_field_list[].value</c>,
/// <c>user_information.custom_field_list[].user_chosen_values[]</c>): RSA-OAEP ciphertext on the wire both ways.
/// A value read from WeChat Pay keeps its ciphertext and is decrypted only when <see cref="Reveal"/> is first called
/// (once, thread-safely; later calls return the cached text), so a caller that never reads it pays no decryption.
/// <see cref="ToString"/> never shows the text.
/// </summary>
/// <remarks>
/// In a request, a value made with <see cref="FromPlaintext"/> is encrypted on send to the WeChat Pay key the SDK
/// trusts (and that key's <c>Wechatpay-Serial</c> is sent); one made with <see cref="FromCiphertext"/> is sent exactly
/// as given; one read from a card (a read-modify-write) is decrypted and encrypted again to the WeChat Pay key.
/// As JSON a value is its ciphertext (a string, the wire form); a plaintext not yet encrypted is written as
/// <c>{"plaintext":"..."}</c> so a host can store or queue a request and send it later. Log <see cref="ToString"/>, not the JSON.
/// </remarks>
[JsonConverter(typeof(SensitiveTextConverter))]
public sealed class SensitiveText
{
    private readonly string? ciphertext;
    private string? plaintext;

    // What the ciphertext is encrypted to: the serial given to FromCiphertext (a string), or for a value read from the
    // wire, once tied to it, the merchant key that decrypts it (a SensitiveFieldKey). One field: a value is one or the other.
    private object? encryptedTo;
    private SensitiveFieldPath path;

    private SensitiveText(string? ciphertext, string? plaintext, string? serialNumber)
    {
        this.ciphertext = ciphertext;
        this.plaintext = plaintext;
        encryptedTo = serialNumber;
    }

    /// <summary>
    /// The ciphertext (Base64 RSA-OAEP) as received from WeChat Pay or as given to <see cref="FromCiphertext"/>, or
    /// <see langword="null"/> for a plaintext not yet encrypted.
    /// </summary>
    public string? Ciphertext => ciphertext;

    /// <summary>
    /// The serial of the key the ciphertext is encrypted to, when known: the merchant API certificate serial for a
    /// value read through a WeChat Pay client, the WeChat Pay key given to <see cref="FromCiphertext"/> for a
    /// caller-encrypted one; otherwise <see langword="null"/>.
    /// </summary>
    public string? KeySerialNumber => Volatile.Read(ref encryptedTo) switch
    {
        SensitiveFieldKey key => key.SerialNumber,
        var serial => serial as string,
    };

    /// <summary>Whether the plain text is at hand (given, or already revealed), so <see cref="Reveal"/> will not decrypt.</summary>
    internal bool IsRevealed => Volatile.Read(ref plaintext) is not null;

    /// <summary>Whether the SDK holds the key that decrypts this value (it was read through a WeChat Pay client).</summary>
    internal bool IsReceived => Volatile.Read(ref encryptedTo) is SensitiveFieldKey;

    /// <summary>The serial given to <see cref="FromCiphertext"/>, or <see langword="null"/>.</summary>
    internal string? OutgoingSerialNumber => Volatile.Read(ref encryptedTo) as string;

    /// <summary>A plain text for a request; the SDK encrypts it on send.</summary>
    /// <param name="plaintext">The text (at most 214 UTF-8 bytes for a 2048-bit WeChat Pay key).</param>
    /// <returns>The value.</returns>
    public static SensitiveText FromPlaintext(string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        return new SensitiveText(null, plaintext, null);
    }

    /// <summary>
    /// A ciphertext the caller encrypted itself (RSA-OAEP with SHA-1, Base64, to a WeChat Pay public key or platform
    /// certificate); the SDK sends it exactly as given.
    /// </summary>
    /// <param name="ciphertext">The Base64 ciphertext.</param>
    /// <param name="serialNumber">
    /// The <c>Wechatpay-Serial</c> of the key it is encrypted to (sent with the request), or <see langword="null"/> to
    /// send the serial of the key the SDK trusts.
    /// </param>
    /// <returns>The value.</returns>
    public static SensitiveText FromCiphertext(string ciphertext, string? serialNumber = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(ciphertext);
        return new SensitiveText(ciphertext, null, string.IsNullOrEmpty(serialNumber) ? null : serialNumber);
    }

    /// <summary>
    /// The plain text: given, or decrypted with the merchant private key on the first call (later calls and other
    /// threads get the same text without decrypting again).
    /// </summary>
    /// <returns>The plain text.</returns>
    /// <exception cref="WeChatPaySensitiveFieldException">
    /// The ciphertext does not decrypt with the merchant key it was received under, or the value was not read through
    /// a WeChat Pay client (so the SDK holds no key for it); the exception names the field and the key, never the text.
    /// </exception>
    public string Reveal()
    {
        if (Volatile.Read(ref plaintext) is { } text)
        {
            return text;
        }

        if (Volatile.Read(ref encryptedTo) is not SensitiveFieldKey key)
        {
            throw new WeChatPaySensitiveFieldException(
                path.ToString(),
                OutgoingSerialNumber,
                "the value was not read through a WeChat Pay client, so the SDK holds no key for it (decrypt it with MemberCards.Sdk.Security.RsaOaep yourself).");
        }

        // A first Reveal decrypts under the value's own monitor: no lock object is allocated (every card answer creates
        // several values, most never revealed), and a value never waits for another value's decryption. A lock shared
        // between values (striped) made concurrent callers wait on each other's RSA decryption: 1.19x the floor
        // instead of 1.03x in the all-fields concurrent benchmark. The type is sealed and this is its only lock.
#pragma warning disable CA2002 // the value's identity is strong (a sealed reference type, never a string or a Type)
        lock (this)
#pragma warning restore CA2002
        {
            if (plaintext is not { } revealed)
            {
                revealed = key.Decrypt(ciphertext!, path);
                Volatile.Write(ref plaintext, revealed);
            }

            return revealed;
        }
    }

    /// <summary>Never the text: <c>***</c> (or <c>(empty)</c> for an empty plain text).</summary>
    /// <returns>The redacted form.</returns>
    public override string ToString() => Redaction.Secret(ciphertext ?? plaintext);

    /// <summary>A ciphertext read from the wire (not yet tied to a key).</summary>
    internal static SensitiveText Received(string ciphertext) => new(ciphertext, null, null);

    /// <summary>Ties a value read from a WeChat Pay answer to the merchant key that decrypts it, and to where it sits.</summary>
    internal void Attach(SensitiveFieldKey decryptionKey, SensitiveFieldPath at)
    {
        path = at;
        Volatile.Write(ref encryptedTo, decryptionKey);
    }
}
