namespace MemberCards.Sdk.WeChat;

/// <summary>One code a user holds, in <c>card/user/getcardlist</c> answers.</summary>
public sealed class WeChatUserCard
{
    /// <summary>The user card code (<c>code</c>).</summary>
    public string? Code { get; set; }

    /// <summary>Its card (<c>card_id</c>).</summary>
    public string? CardId { get; set; }
}
