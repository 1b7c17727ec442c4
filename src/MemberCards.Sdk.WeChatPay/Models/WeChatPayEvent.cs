namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// A verified, decrypted WeChat Pay notification, typed by its <c>resource.original_type</c>:
/// <see cref="WeChatPayUserCardEvent"/> (<c>user_card</c>), <see cref="WeChatPayPointExchangeCouponEvent"/>
/// (<c>point_coupon</c>), <see cref="WeChatPaySyncUserPointEvent"/> (<c>sync_user_point</c>), or
/// <see cref="WeChatPayUnknownEvent"/> for anything else. Handle it to receive every notification after the handlers
/// of the concrete event.
/// </summary>
public abstract record WeChatPayEvent
{
    /// <summary><c>id</c>: the notification id (the same on redeliveries: use it to de-duplicate).</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary><c>create_time</c>: when WeChat Pay created the notification.</summary>
    public DateTimeOffset? CreateTime { get; set; }

    /// <summary><c>event_type</c>, verbatim. An open set: every generation (<c>MEMBERCARDSP.*</c>, <c>BRAND_MEMBER_CARD_SP.*</c>, <c>BRAND_MEMBER_CARD.*</c>) arrives as sent.</summary>
    public string EventType { get; set; } = string.Empty;

    /// <summary><c>summary</c>: WeChat Pay's short description.</summary>
    public string? Summary { get; set; }

    /// <summary><c>resource.original_type</c> as sent (<see cref="WeChatPayOriginalTypes"/>), or <see langword="null"/> when the notification had none.</summary>
    public string? OriginalType { get; set; }
}
