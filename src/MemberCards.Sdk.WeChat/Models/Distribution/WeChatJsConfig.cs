namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The signed fields of <c>wx.config</c>, named as the page passes them: serialize this object (camelCase names) into the
/// page and add <c>jsApiList</c> (and <c>debug</c>) there.
/// </summary>
public sealed record WeChatJsConfig
{
    /// <summary>The Official Account's AppId (the one whose jsapi_ticket signed it).</summary>
    [JsonPropertyName("appId")]
    public required string AppId { get; set; }

    /// <summary>The signed timestamp, Unix seconds.</summary>
    [JsonPropertyName("timestamp")]
    public required long Timestamp { get; set; }

    /// <summary>The signed random string (<c>noncestr</c> in the signature, <c>nonceStr</c> in <c>wx.config</c>).</summary>
    [JsonPropertyName("nonceStr")]
    public required string NonceStr { get; set; }

    /// <summary>The lower-case hex SHA-1 signature.</summary>
    [JsonPropertyName("signature")]
    public required string Signature { get; set; }
}
