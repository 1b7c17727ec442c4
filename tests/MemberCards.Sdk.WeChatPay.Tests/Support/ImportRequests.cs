namespace MemberCards.Sdk.WeChatPay.Tests.Support;

/// <summary>The import the integration tests send, in either family: card <c>900000000010</c> of brand <c>1004</c>, with a phone number and a level.</summary>
internal static class ImportRequests
{
    /// <summary>An import by openid of the sample user with its phone number (encrypted on the way) and level 金卡.</summary>
    /// <returns>A new request (add fields with <c>with</c>).</returns>
    public static ImportUserCardByOpenIdRequest ByOpenId() => new()
    {
        UserCardCode = "900000000010",
        BrandId = "1004",
        CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0",
        OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA",
        PhoneNumber = SensitiveText.FromPlaintext("13800138000"),
        Level = "金卡",
    };
}
