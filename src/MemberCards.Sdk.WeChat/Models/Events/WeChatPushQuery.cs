namespace MemberCards.Sdk.WeChat;

/// <summary>The query parameters WeChat adds to every push to your server URL, exactly as received.</summary>
public sealed class WeChatPushQuery
{
    /// <summary><c>signature</c>: SHA-1 of the sorted Token, timestamp and nonce.</summary>
    public string? Signature { get; set; }

    /// <summary><c>timestamp</c>.</summary>
    public string? Timestamp { get; set; }

    /// <summary><c>nonce</c>.</summary>
    public string? Nonce { get; set; }

    /// <summary><c>echostr</c> (URL verification only).</summary>
    public string? EchoStr { get; set; }

    /// <summary><c>encrypt_type</c>: <c>aes</c> in safe and compatible mode.</summary>
    public string? EncryptType { get; set; }

    /// <summary><c>msg_signature</c>: SHA-1 of the sorted Token, timestamp, nonce and Encrypt element (safe mode).</summary>
    public string? MsgSignature { get; set; }

    /// <summary><c>openid</c> of the sender, when present.</summary>
    public string? OpenId { get; set; }

    /// <summary>Reads the parameters from a query string (with or without the leading <c>?</c>).</summary>
    /// <param name="queryString">The raw query string.</param>
    /// <returns>The parameters.</returns>
    public static WeChatPushQuery Parse(string? queryString)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in (queryString ?? string.Empty).TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(at < 0 ? pair : pair[..at]);
            var value = at < 0 ? string.Empty : Uri.UnescapeDataString(pair[(at + 1)..].Replace('+', ' '));
            values.TryAdd(key, value);
        }

        return new WeChatPushQuery
        {
            Signature = values.GetValueOrDefault("signature"),
            Timestamp = values.GetValueOrDefault("timestamp"),
            Nonce = values.GetValueOrDefault("nonce"),
            EchoStr = values.GetValueOrDefault("echostr"),
            EncryptType = values.GetValueOrDefault("encrypt_type"),
            MsgSignature = values.GetValueOrDefault("msg_signature"),
            OpenId = values.GetValueOrDefault("openid"),
        };
    }
}
