namespace MemberCards.Sdk.WeChat;

/// <summary>The card/code/get answer.</summary>
public sealed class WeChatGetCodeResponse : WeChatResponse
{
    /// <summary>The card and its validity (<c>card</c>).</summary>
    public WeChatCodeCard? Card { get; set; }

    /// <summary>The holder (<c>openid</c>).</summary>
    [JsonPropertyName("openid")]
    public string? OpenId { get; set; }

    /// <summary>Whether it can be used now (<c>can_consume</c>).</summary>
    public bool? CanConsume { get; set; }

    /// <summary>The card state (<c>user_card_status</c>).</summary>
    public WeChatUserCardStatus? UserCardStatus { get; set; }

    /// <summary>The channel tag it was picked up with (<c>outer_str</c>).</summary>
    public string? OuterStr { get; set; }
}
