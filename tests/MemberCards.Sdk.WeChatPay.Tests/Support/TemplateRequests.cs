namespace MemberCards.Sdk.WeChatPay.Tests.Support;

/// <summary>Template creates the integration tests send: one valid <see cref="CreateCardTemplateRequest"/> to vary.</summary>
internal static class TemplateRequests
{
    /// <summary>A NORMAL template of brand <c>1004</c> with every required field (<c>钻石会员卡</c>, <c>#FFFF00</c>).</summary>
    /// <param name="outRequestNo">The idempotency key; <see langword="null"/> lets the SDK generate one.</param>
    /// <returns>A new request.</returns>
    public static CreateCardTemplateRequest Diamond(string? outRequestNo = null) => new()
    {
        OutRequestNo = outRequestNo,
        BrandId = "1004",
        AppId = "wxea9c30a90fs8fa9f",
        CardTitle = "钻石会员卡",
        CardColor = "#FFFF00",
        CardPictureUrl = "https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0",
        CodeMode = "SYSTEM_ALLOCATE",
        CodeType = "BAR_CODE",
        Benefits = "会员折扣、专属价",
        NotifyUrl = "https://shop.example/notify",
        ValidDateInformation = new ValidDateInformation { Type = ValidityType.Permanent },
    };
}
