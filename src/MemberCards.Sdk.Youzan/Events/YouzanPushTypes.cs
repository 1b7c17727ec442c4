namespace MemberCards.Sdk.Youzan;

/// <summary>The push <c>type</c> values this SDK reads into typed events.</summary>
public static class YouzanPushTypes
{
    /// <summary>Merchant-side card events, read as <see cref="YouzanCardEvent"/>.</summary>
    public const string ScrmCard = "SCRM_CARD";

    /// <summary>Customer-side card events, read as <see cref="YouzanCustomerCardEvent"/>.</summary>
    public const string ScrmCustomerCard = "SCRM_CUSTOMER_CARD";
}
