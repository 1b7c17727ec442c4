namespace MemberCards.Sdk.WeChat;

/// <summary>Who a mass message by tag goes to (<c>filter</c>): every follower, or the followers with one tag.</summary>
public sealed class WeChatMassFilter
{
    /// <summary>Send to every follower (<c>is_to_all</c>); <see cref="TagId"/> is then ignored and may be left unset.</summary>
    public bool IsToAll { get; set; }

    /// <summary>The tag whose followers receive the message (<c>tag_id</c>, required unless <see cref="IsToAll"/>).</summary>
    public long? TagId { get; set; }
}
