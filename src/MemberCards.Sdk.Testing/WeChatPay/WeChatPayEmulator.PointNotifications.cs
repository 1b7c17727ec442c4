namespace MemberCards.Sdk.Testing.WeChatPay;

/// <summary>The point notifications: a user asks to exchange points for a coupon, WeChat Pay asks for a balance.</summary>
public sealed partial class WeChatPayEmulator
{
    /// <summary>
    /// Builds a signed point-exchange notification (<c>original_type</c> <c>point_coupon</c>) for a stored user card: the
    /// card's brand, template, openid and code, and the offer the user chose.
    /// </summary>
    /// <param name="eventType"><c>BRAND_MEMBER_CARD_SP.POINT_EXCHANGE_COUPON</c> (partner) or <c>BRAND_MEMBER_CARD.POINT_EXCHANGE_COUPON</c> (brand).</param>
    /// <param name="userCardCode">The stored card whose owner exchanges points.</param>
    /// <param name="recordId">The exchange's <c>record_id</c>, to confirm later.</param>
    /// <param name="deductPoints">The points to deduct.</param>
    /// <param name="signing">The key to sign with.</param>
    /// <returns>The headers and body.</returns>
    public WeChatPayEmulatedNotification CreatePointExchangeCouponNotification(string eventType, string userCardCode, string recordId, long deductPoints, WeChatPayResponseSigning signing = WeChatPayResponseSigning.PublicKey)
    {
        ArgumentNullException.ThrowIfNull(recordId);
        var resource = CardOwner(userCardCode);
        resource["record_id"] = recordId;
        resource["exchange_coupon_template_id"] = "ECT-1000";
        resource["appid"] = "wxea9c30a90fs8fa9f";
        resource["deduct_points"] = deductPoints;
        resource["product_coupon_id"] = "1000000013";
        resource["product_coupon_stock_type"] = "NORMAL";
        resource["stock_id"] = "98065001";
        return CreateNotification(eventType, "point_coupon", resource, signing);
    }

    /// <summary>Builds a signed balance request (<c>original_type</c> <c>sync_user_point</c>) for a stored user card.</summary>
    /// <param name="eventType"><c>BRAND_MEMBER_CARD_SP.SYNC_USER_POINT</c> (partner) or <c>BRAND_MEMBER_CARD.SYNC_USER_POINT</c> (brand).</param>
    /// <param name="userCardCode">The stored card whose balance WeChat Pay asks for.</param>
    /// <param name="signing">The key to sign with.</param>
    /// <returns>The headers and body.</returns>
    public WeChatPayEmulatedNotification CreateSyncUserPointNotification(string eventType, string userCardCode, WeChatPayResponseSigning signing = WeChatPayResponseSigning.PublicKey)
        => CreateNotification(eventType, "sync_user_point", CardOwner(userCardCode), signing);

    /// <summary>The brand, template, openid and code of a stored card: the fields every point notification carries.</summary>
    private JsonObject CardOwner(string userCardCode)
    {
        var card = GetUserCard(userCardCode) ?? throw new ArgumentException($"No user card '{userCardCode}' is stored.", nameof(userCardCode));
        return new JsonObject
        {
            ["brand_id"] = card["brand_id"]?.DeepClone(),
            ["card_id"] = card["card_id"]?.DeepClone(),
            ["openid"] = card["openid"]?.DeepClone(),
            ["user_card_code"] = userCardCode,
        };
    }
}
