namespace MemberCards.Sdk.WeChat;

/// <summary>An event about one card type or one user card.</summary>
public abstract class WeChatCardEvent : WeChatEvent
{
    /// <summary>The card id (<c>CardId</c>).</summary>
    public string? CardId { get; set; }
}
