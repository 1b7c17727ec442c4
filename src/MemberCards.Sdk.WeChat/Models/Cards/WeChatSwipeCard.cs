namespace MemberCards.Sdk.WeChat;

/// <summary>Swipe-card settings (<c>swipe_card</c>).</summary>
public sealed class WeChatSwipeCard
{
    /// <summary>Show the WeChat Pay code on the card (<c>is_swipe_card</c>).</summary>
    public bool? IsSwipeCard { get; set; }
}
