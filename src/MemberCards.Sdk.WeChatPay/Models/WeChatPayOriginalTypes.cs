namespace MemberCards.Sdk.WeChatPay;

/// <summary>The <c>resource.original_type</c> values the SDK routes notifications on.</summary>
public static class WeChatPayOriginalTypes
{
    /// <summary><c>user_card</c>: a user card was created or deleted (<see cref="WeChatPayUserCardEvent"/>).</summary>
    public const string UserCard = "user_card";

    /// <summary><c>point_coupon</c>: a user asks to exchange points for a coupon (<see cref="WeChatPayPointExchangeCouponEvent"/>).</summary>
    public const string PointCoupon = "point_coupon";

    /// <summary><c>sync_user_point</c>: WeChat Pay asks for a user's current points balance (<see cref="WeChatPaySyncUserPointEvent"/>).</summary>
    public const string SyncUserPoint = "sync_user_point";
}
