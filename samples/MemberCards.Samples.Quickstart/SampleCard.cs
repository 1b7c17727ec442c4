using MemberCards.Sdk.WeChat;

namespace MemberCards.Samples.Quickstart;

/// <summary>A member card with every field WeChat requires.</summary>
internal static class SampleCard
{
    public static WeChatMemberCard Create() => new()
    {
        BackgroundPicUrl = "https://mmbiz.qpic.cn/mmbiz/quickstart-background/0",
        BaseInfo = new WeChatCardBaseInfo
        {
            LogoUrl = "https://mmbiz.qpic.cn/mmbiz/quickstart-logo/0",
            BrandName = "墨鱼咖啡",
            CodeType = WeChatCodeType.QrCode,
            Title = "墨鱼会员卡",
            Color = WeChatCardColors.Color010,
            Notice = "结账时出示会员卡",
            Description = "积分可抵扣消费，不与其他优惠同享。",
            DateInfo = new WeChatDateInfo { Type = WeChatDateInfoType.Permanent },
            Sku = new WeChatCardSku { Quantity = 100_000 },
            GetLimit = 1,
            CanShare = true,
        },
        Prerogative = "会员享受 9 折优惠",
        SupplyBonus = true,
        SupplyBalance = false,
        AutoActivate = false,
        ActivateUrl = "https://example.com/quickstart/activate",
        BonusRule = null,
    };
}
