namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// WeChat Pay asks for a user's current points balance (<c>original_type</c> <c>sync_user_point</c>;
/// <c>BRAND_MEMBER_CARD_SP.SYNC_USER_POINT</c> or <c>BRAND_MEMBER_CARD.SYNC_USER_POINT</c>): answer by syncing the
/// absolute balance with <see cref="IWeChatPayBrandCardClient"/>'s user-points sync.
/// </summary>
public sealed record WeChatPaySyncUserPointEvent : WeChatPayEvent
{
    /// <summary>The partner <c>event_type</c>.</summary>
    public const string PartnerEventType = "BRAND_MEMBER_CARD_SP.SYNC_USER_POINT";

    /// <summary>The brand-direct <c>event_type</c>.</summary>
    public const string BrandEventType = "BRAND_MEMBER_CARD.SYNC_USER_POINT";

    /// <summary><c>brand_id</c>.</summary>
    public string? BrandId { get; set; }

    /// <summary><c>card_id</c>: the card template.</summary>
    public string? CardId { get; set; }

    /// <summary><c>openid</c>: the user.</summary>
    [JsonPropertyName("openid")]
    public string? OpenId { get; set; }

    /// <summary><c>user_card_code</c>: the user's card whose balance to sync.</summary>
    public string? UserCardCode { get; set; }
}
