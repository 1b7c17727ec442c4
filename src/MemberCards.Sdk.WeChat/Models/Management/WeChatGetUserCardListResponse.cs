namespace MemberCards.Sdk.WeChat;

/// <summary>The answer of <c>card/user/getcardlist</c>.</summary>
public sealed class WeChatGetUserCardListResponse : WeChatResponse
{
    /// <summary>The user's codes (<c>card_list</c>).</summary>
    public IReadOnlyList<WeChatUserCard>? CardList { get; set; }

    /// <summary>Whether the user also holds a card shared by a friend (<c>has_share_card</c>).</summary>
    public bool? HasShareCard { get; set; }
}
