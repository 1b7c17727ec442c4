namespace MemberCards.Sdk.WeChatPay.Tests.Support;

/// <summary>The points-exchange confirmations the integration tests send, for record <c>rec-1</c> of the sample user card, in either family.</summary>
internal static class PointExchangeRequests
{
    /// <summary>The merchant's answer to exchange record <c>rec-1</c> (template <c>tpl-1</c>) of card <c>478515832665</c> of brand <c>1004</c>.</summary>
    /// <param name="result">Allow or reject.</param>
    /// <param name="reason">The reject reason, required on reject.</param>
    /// <returns>A new request.</returns>
    public static ConfirmPointExchangeRequest Confirm(PointExchangeResult result, string? reason = null) => new()
    {
        RecordId = "rec-1",
        ExchangeCouponTemplateId = "tpl-1",
        BrandId = "1004",
        CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0",
        OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA",
        UserCardCode = "478515832665",
        Result = result,
        RejectReason = reason,
    };
}
