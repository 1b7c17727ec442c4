namespace MemberCards.Sdk.Testing.WeChatPay;

/// <summary>Signs answers and notifications like WeChat Pay, spoiling them on request.</summary>
internal static class WeChatPayAnswerSigner
{
    /// <summary>Signs <paramref name="body"/>; returns the headers and the body to send (changed for <see cref="WeChatPayMisbehavior.TamperedBody"/>).</summary>
    public static (Dictionary<string, string> Headers, byte[] Body) Sign(byte[] body, RSA key, string serial, DateTimeOffset now, WeChatPayMisbehavior misbehavior, string scheme = RequestSignature.Scheme)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (misbehavior == WeChatPayMisbehavior.Unsigned)
        {
            return (headers, body);
        }

        var timestamp = (misbehavior == WeChatPayMisbehavior.StaleTimestamp ? now.AddMinutes(-10) : now).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var signature = RsaSha256.Sign(key, ResponseSignature.BuildMessage(timestamp, nonce, body));
        if (misbehavior == WeChatPayMisbehavior.ProbeSignature)
        {
            signature = ResponseSignature.ProbePrefix + signature;
        }

        if (misbehavior == WeChatPayMisbehavior.TamperedBody)
        {
            body = [.. body, (byte)' '];
        }

        headers[WeChatPayConstants.TimestampHeader] = timestamp;
        headers[WeChatPayConstants.NonceHeader] = nonce;
        headers[WeChatPayConstants.SignatureHeader] = signature;
        headers[WeChatPayConstants.SerialHeader] = misbehavior == WeChatPayMisbehavior.WrongSerial ? "5157F09EFDC096DE15EBE81A47057A7232F1B8E1" : serial;
        headers[WeChatPayConstants.SignatureTypeHeader] = scheme;
        return (headers, body);
    }

    /// <summary>UTF-8 text of a body, for diagnostics.</summary>
    public static string Text(byte[] body) => Encoding.UTF8.GetString(body);
}
