namespace MemberCards.Sdk.WeChat;

/// <summary>An event about one picked-up card.</summary>
public abstract class WeChatUserCardEvent : WeChatCardEvent
{
    /// <summary>The user card code (<c>UserCardCode</c>): record it with the openid to activate the card.</summary>
    public string? UserCardCode { get; set; }
}
