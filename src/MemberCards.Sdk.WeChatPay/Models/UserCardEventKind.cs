namespace MemberCards.Sdk.WeChatPay;

/// <summary>What a brand member-card notification reports.</summary>
public enum UserCardEventKind
{
    /// <summary>An event type this version of the SDK does not know (see <see cref="WeChatPayUserCardEvent.EventType"/>).</summary>
    Unknown = 0,

    /// <summary><c>BRAND_MEMBER_CARD_SP.USER_CARD.CREATE</c>: a user opened a member card.</summary>
    Created,

    /// <summary><c>BRAND_MEMBER_CARD_SP.USER_CARD.DELETE</c>: a user's member card was deleted.</summary>
    Deleted,
}
