namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// A user-card notification (<c>original_type</c> <c>user_card</c>) of any generation: <c>MEMBERCARDSP.USER_CARD.*</c>,
/// <c>BRAND_MEMBER_CARD_SP.USER_CARD.*</c> (partner) or <c>BRAND_MEMBER_CARD.USER_CARD.*</c> (brand).
/// </summary>
public sealed record WeChatPayUserCardEvent : WeChatPayEvent
{
    /// <summary>The partner <c>event_type</c> for <see cref="UserCardEventKind.Created"/>.</summary>
    public const string CreateEventType = "BRAND_MEMBER_CARD_SP.USER_CARD.CREATE";

    /// <summary>The partner <c>event_type</c> for <see cref="UserCardEventKind.Deleted"/>.</summary>
    public const string DeleteEventType = "BRAND_MEMBER_CARD_SP.USER_CARD.DELETE";

    /// <summary>The partner <c>event_type</c> for <see cref="UserCardEventKind.Created"/> before the 2025 rename.</summary>
    public const string LegacyCreateEventType = "MEMBERCARDSP.USER_CARD.CREATE";

    /// <summary>The partner <c>event_type</c> for <see cref="UserCardEventKind.Deleted"/> before the 2025 rename.</summary>
    public const string LegacyDeleteEventType = "MEMBERCARDSP.USER_CARD.DELETE";

    /// <summary>The brand-direct <c>event_type</c> for <see cref="UserCardEventKind.Created"/>.</summary>
    public const string BrandCreateEventType = "BRAND_MEMBER_CARD.USER_CARD.CREATE";

    /// <summary>The brand-direct <c>event_type</c> for <see cref="UserCardEventKind.Deleted"/>.</summary>
    public const string BrandDeleteEventType = "BRAND_MEMBER_CARD.USER_CARD.DELETE";

    /// <summary>What happened, read from the end of <see cref="WeChatPayEvent.EventType"/> in every generation (<c>.USER_CARD.CREATE</c>, <c>.USER_CARD.DELETE</c>).</summary>
    [JsonConverter(typeof(JsonStringEnumConverter<UserCardEventKind>))]
    public UserCardEventKind Kind { get; set; }

    /// <summary>The decrypted <c>resource</c>: the user card (its sensitive fields are decrypted when first revealed, see <see cref="SensitiveText"/>).</summary>
    public UserCard UserCard { get; set; } = new();

    /// <inheritdoc />
    public override string ToString() => $"{EventType} {Id}: {UserCard}";
}
