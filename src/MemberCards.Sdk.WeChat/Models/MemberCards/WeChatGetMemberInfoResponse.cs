namespace MemberCards.Sdk.WeChat;

/// <summary>The userinfo/get answer.</summary>
public sealed class WeChatGetMemberInfoResponse : WeChatResponse
{
    /// <summary>The member's openid (<c>openid</c>).</summary>
    [JsonPropertyName("openid")]
    public string? OpenId { get; set; }

    /// <summary>The nickname (<c>nickname</c>).</summary>
    public string? Nickname { get; set; }

    /// <summary>The member number (<c>membership_number</c>).</summary>
    public string? MembershipNumber { get; set; }

    /// <summary>Points (<c>bonus</c>).</summary>
    public long? Bonus { get; set; }

    /// <summary>Balance in fen (<c>balance</c>).</summary>
    public long? Balance { get; set; }

    /// <summary><c>MALE</c>, <c>FEMALE</c> or WeChat's <c>FEMAIL</c> (<c>sex</c>).</summary>
    public string? Sex { get; set; }

    /// <summary>The submitted form (<c>user_info</c>).</summary>
    public WeChatUserFormInfo? UserInfo { get; set; }

    /// <summary>The card state (<c>user_card_status</c>).</summary>
    public WeChatUserCardStatus? UserCardStatus { get; set; }

    /// <summary>Whether the card is activated (<c>has_active</c>).</summary>
    public bool? HasActive { get; set; }
}
