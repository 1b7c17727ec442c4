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

    /// <summary>
    /// <see cref="Diamond"/> with every optional field set: a mini-program code, pinned, level shown, phone, agreement,
    /// a 365-day term, the member, points and balance pages, a 99-yuan purchase page and a join form asking for name and
    /// birthday.
    /// </summary>
    /// <param name="outRequestNo">The idempotency key.</param>
    /// <returns>A new request.</returns>
    public static CreateCardTemplateRequest Full(string outRequestNo) => Diamond(outRequestNo) with
    {
        CodeType = "JUMP_MINI_PROGRAM",
        CodeJumpInformation = MiniProgram("code"),
        NeedPinned = true,
        NeedDisplayLevel = true,
        InitLevel = "白银会员",
        ServicePhone = "010-8877xxxx",
        LegalAgreement = "会员协议",
        ValidDateInformation = new ValidDateInformation { Type = ValidityType.FixTerm, AvailableDayAfterReceive = 365 },
        MemberInformation = MiniProgram("member"),
        PointsInformation = MiniProgram("points"),
        BalanceInformation = MiniProgram("balance"),
        PurchaseInformation = new CardPurchaseInformation { Price = 9900, JumpAppId = "wxea9c30a90fs8d3fe", JumpPath = "/pages/buy/buy" },
        UserInformation = new CardTemplateUserInformation { CommonFieldList = ["USER_FORM_FLAG_NAME", "USER_FORM_FLAG_BIRTHDAY"] },
    };

    /// <summary>A page of the brand's mini program, <c>/pages/{page}/{page}</c>.</summary>
    /// <param name="page">The page's name.</param>
    /// <returns>The jump information.</returns>
    public static CardJumpInformation MiniProgram(string page) => new() { JumpAppId = "wxea9c30a90fs8d3fe", JumpPath = $"/pages/{page}/{page}" };
}
