namespace MemberCards.Sdk.WeChat;

/// <summary>WeChat Pay settings of a member card (<c>pay_info</c>).</summary>
public sealed class WeChatCardPayInfo
{
    /// <summary>The swipe-card settings (<c>swipe_card</c>).</summary>
    public WeChatSwipeCard? SwipeCard { get; set; }
}
