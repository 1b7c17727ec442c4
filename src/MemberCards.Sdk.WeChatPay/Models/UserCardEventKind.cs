namespace MemberCards.Sdk.WeChatPay;

/// <summary>What a brand member-card notification reports.</summary>
public enum UserCardEventKind
{
    /// <summary>An event type this version of the SDK does not know (see <see cref="WeChatPayEvent.EventType"/>).</summary>
    Unknown = 0,

    /// <summary><c>*.USER_CARD.CREATE</c> (every generation): a user opened a member card.</summary>
    Created,

    /// <summary><c>*.USER_CARD.DELETE</c> (every generation): a user's member card was deleted.</summary>
    Deleted,
}
