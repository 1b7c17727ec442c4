namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The APIv3 request signature: SHA256withRSA over <c>METHOD\nPATH?QUERY\nTIMESTAMP\nNONCE\nBODY\n</c> and the
/// <c>Authorization: WECHATPAY2-SHA256-RSA2048 ...</c> header that carries it.
/// </summary>
public static class RequestSignature
{
    /// <summary>The authorization scheme.</summary>
    public const string Scheme = "WECHATPAY2-SHA256-RSA2048";

    /// <summary>The authorization scheme of a brand registration (<see cref="WeChatPayFamily.Brand"/>); its signing message is the same.</summary>
    public const string BrandScheme = "WECHATPAY-BRAND-SHA256-RSA2048";

    /// <summary>Builds the exact bytes to sign.</summary>
    /// <param name="method">The upper-case HTTP method.</param>
    /// <param name="pathAndQuery">The request target exactly as sent (path plus <c>?query</c>, no host).</param>
    /// <param name="timestamp">Unix seconds.</param>
    /// <param name="nonce">The nonce.</param>
    /// <param name="body">The exact body bytes (empty for GET).</param>
    /// <returns>The message.</returns>
    public static byte[] BuildMessage(string method, string pathAndQuery, long timestamp, string nonce, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentException.ThrowIfNullOrEmpty(pathAndQuery);
        ArgumentException.ThrowIfNullOrEmpty(nonce);
        Span<char> digits = stackalloc char[20];
        timestamp.TryFormat(digits, out var digitCount, provider: System.Globalization.CultureInfo.InvariantCulture);
        var head = SigningMessageLine.Length(method) + SigningMessageLine.Length(pathAndQuery) + digitCount + 1 + SigningMessageLine.Length(nonce);
        var message = new byte[head + body.Length + 1];
        var at = SigningMessageLine.Write(method, message);
        at += SigningMessageLine.Write(pathAndQuery, message.AsSpan(at));
        at += SigningMessageLine.Write(digits[..digitCount], message.AsSpan(at));
        at += SigningMessageLine.Write(nonce, message.AsSpan(at));
        body.CopyTo(message.AsSpan(at));
        message[^1] = (byte)'\n';
        return message;
    }

    /// <summary>Signs a message with the merchant private key.</summary>
    /// <param name="privateKey">The merchant API private key.</param>
    /// <param name="message">The message from <see cref="BuildMessage"/>.</param>
    /// <returns>The signature, Base64.</returns>
    public static string Sign(RSA privateKey, ReadOnlySpan<byte> message) => RsaSha256.Sign(privateKey, message);

    /// <summary>Formats the <c>Authorization</c> header value.</summary>
    /// <param name="merchantId">The mchid.</param>
    /// <param name="nonce">The nonce.</param>
    /// <param name="timestamp">Unix seconds.</param>
    /// <param name="serialNumber">The merchant API certificate serial number.</param>
    /// <param name="signature">The Base64 signature.</param>
    /// <returns>The header value, scheme included.</returns>
    public static string FormatAuthorization(string merchantId, string nonce, long timestamp, string serialNumber, string signature)
        => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Scheme} mchid=\"{merchantId}\",nonce_str=\"{nonce}\",timestamp=\"{timestamp}\",serial_no=\"{serialNumber}\",signature=\"{signature}\"");

    /// <summary>Formats the <c>Authorization</c> header value of a brand registration, its pairs in the documented order.</summary>
    /// <param name="brandId">The brand_id.</param>
    /// <param name="nonce">The nonce.</param>
    /// <param name="timestamp">Unix seconds.</param>
    /// <param name="serialNumber">The brand API certificate serial number.</param>
    /// <param name="signature">The Base64 signature.</param>
    /// <returns>The header value, scheme included.</returns>
    public static string FormatBrandAuthorization(string brandId, string nonce, long timestamp, string serialNumber, string signature)
        => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{BrandScheme} brand_id=\"{brandId}\",nonce_str=\"{nonce}\",signature=\"{signature}\",timestamp=\"{timestamp}\",serial_no=\"{serialNumber}\"");

    /// <summary>Creates a 32-character nonce from <c>[0-9A-Za-z]</c>.</summary>
    /// <returns>The nonce.</returns>
    public static string CreateNonce() => RandomNumberGenerator.GetString("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 32);
}
