namespace MemberCards.Sdk.Testing.Erp;

/// <summary>Checks the sample signature described on <see cref="ErpEmulatorSignature"/>.</summary>
internal static class ErpEmulatorSignatureCheck
{
    public static string? Problem(ErpEmulatorSignature signature, IHeaderDictionary headers, byte[] body, TimeProvider clock)
    {
        string appKey = headers["X-App-Key"].ToString();
        string timestamp = headers["X-Timestamp"].ToString();
        string sign = headers["X-Sign"].ToString();
        if (appKey.Length == 0 || timestamp.Length == 0 || sign.Length == 0)
        {
            return "X-App-Key, X-Timestamp and X-Sign are required";
        }

        if (!FixedTimeText.Equals(signature.AppKey, appKey))
        {
            return "unknown app key";
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return "X-Timestamp must be Unix seconds";
        }

        var skew = clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (skew.Duration() > signature.MaxClockSkew)
        {
            return "X-Timestamp is outside the allowed clock skew";
        }

        var prefix = Encoding.UTF8.GetBytes(appKey + timestamp);
        var suffix = Encoding.UTF8.GetBytes(signature.AppSecret);
        var signed = new byte[prefix.Length + body.Length + suffix.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed, prefix.Length);
        suffix.CopyTo(signed, prefix.Length + body.Length);
        var expected = Convert.ToHexString(MD5.HashData(signed));
        return FixedTimeText.Equals(expected, sign, ignoreCase: true) ? null : "X-Sign does not match";
    }
}
