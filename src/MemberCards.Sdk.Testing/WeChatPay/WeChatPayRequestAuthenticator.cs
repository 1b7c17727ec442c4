namespace MemberCards.Sdk.Testing.WeChatPay;

/// <summary>Checks a request's <c>Authorization</c> as WeChat Pay does; on failure builds the 401 <c>SIGN_ERROR</c> detail.</summary>
internal static class WeChatPayRequestAuthenticator
{
    /// <summary>Returns <see langword="null"/> when the request is correctly signed, otherwise the error (code, message, detail).</summary>
    /// <param name="method">The request method.</param>
    /// <param name="rawTarget">The request target as received.</param>
    /// <param name="authorization">The <c>Authorization</c> value, or <see langword="null"/>.</param>
    /// <param name="body">The body as received.</param>
    /// <param name="signer">
    /// Who must have signed: the scheme, the field naming the signer and its value (<c>WECHATPAY2-SHA256-RSA2048</c>,
    /// <c>mchid</c> and the merchant id; or, for the brand-direct family, <c>WECHATPAY-BRAND-SHA256-RSA2048</c>,
    /// <c>brand_id</c> and the brand id).
    /// </param>
    /// <param name="serialNumber">The serial of the signer's API certificate.</param>
    /// <param name="merchantPublicKey">The signer's public key.</param>
    /// <param name="now">The emulator's time.</param>
    public static (string Code, string Message, JsonObject? Detail)? Check(string method, string rawTarget, string? authorization, ReadOnlySpan<byte> body, (string Scheme, string Field, string Id) signer, string serialNumber, RSA merchantPublicKey, DateTimeOffset now)
    {
        if (authorization is null || !authorization.StartsWith(signer.Scheme + " ", StringComparison.Ordinal))
        {
            return (WeChatPayConstants.SignErrorCode, $"Authorization is missing or does not use {signer.Scheme}", null);
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in authorization[(signer.Scheme.Length + 1)..].Split(','))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || part.Length < eq + 3 || part[eq + 1] != '"' || part[^1] != '"')
            {
                return (WeChatPayConstants.SignErrorCode, "Authorization is malformed", null);
            }

            fields[part[..eq]] = part[(eq + 2)..^1];
        }

        if (!fields.TryGetValue(signer.Field, out var id) || !fields.TryGetValue("nonce_str", out var nonce) || !fields.TryGetValue("timestamp", out var timestampText)
            || !fields.TryGetValue("serial_no", out var serial) || !fields.TryGetValue("signature", out var signature))
        {
            return (WeChatPayConstants.SignErrorCode, $"Authorization misses {signer.Field}, nonce_str, timestamp, serial_no or signature", null);
        }

        if (id != signer.Id)
        {
            return (WeChatPayConstants.SignErrorCode, $"{signer.Field} does not match a known {(signer.Field == "mchid" ? "merchant" : "brand")}", null);
        }

        if (!string.Equals(serial, serialNumber, StringComparison.OrdinalIgnoreCase))
        {
            return (WeChatPayConstants.SignErrorCode, "serial_no is not the serial of the merchant API certificate", null);
        }

        if (!long.TryParse(timestampText, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp) || Math.Abs(now.ToUnixTimeSeconds() - timestamp) >= (long)WeChatPayConstants.SignatureWindow.TotalSeconds)
        {
            return (WeChatPayConstants.SignErrorCode, "timestamp is not Unix seconds within 5 minutes of now", null);
        }

        var message = RequestSignature.BuildMessage(method, rawTarget, timestamp, nonce, body);
        if (RsaSha256.Verify(merchantPublicKey, message, signature))
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(message);
        var detail = new JsonObject
        {
            ["sign_information"] = new JsonObject
            {
                ["method"] = method,
                ["url"] = rawTarget,
                ["sign_message_length"] = message.Length,
                ["truncated_sign_message"] = text.Length > 64 ? text[..64] + "..." : text,
            },
        };
        return (WeChatPayConstants.SignErrorCode, "签名错误", detail);
    }
}
