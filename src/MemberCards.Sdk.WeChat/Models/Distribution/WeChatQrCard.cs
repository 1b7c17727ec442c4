namespace MemberCards.Sdk.WeChat;

/// <summary>One card in a QR request.</summary>
public sealed class WeChatQrCard
{
    /// <summary>The card id (<c>card_id</c>, required).</summary>
    public string? CardId { get; set; }

    /// <summary>The code, at most 20 characters, required for custom-code cards (<c>code</c>).</summary>
    public string? Code { get; set; }

    /// <summary>The only openid that may receive it, for bind_openid cards (<c>openid</c>).</summary>
    [JsonPropertyName("openid")]
    public string? OpenId { get; set; }

    /// <summary>The code can be scanned once only (<c>is_unique_code</c>).</summary>
    public bool? IsUniqueCode { get; set; }

    /// <summary>A numeric channel tag (<c>outer_id</c>).</summary>
    public long? OuterId { get; set; }

    /// <summary>A channel tag echoed in <c>user_get_card</c> (<c>outer_str</c>).</summary>
    public string? OuterStr { get; set; }
}
