namespace MemberCards.Sdk.WeChat;

/// <summary>The updateuser answer.</summary>
public sealed class WeChatUpdateMemberResponse : WeChatResponse
{
    /// <summary>Points after the change (<c>result_bonus</c>).</summary>
    public long? ResultBonus { get; set; }

    /// <summary>Balance after the change, fen (<c>result_balance</c>).</summary>
    public long? ResultBalance { get; set; }

    /// <summary>The member's openid (<c>openid</c>).</summary>
    [JsonPropertyName("openid")]
    public string? OpenId { get; set; }
}
