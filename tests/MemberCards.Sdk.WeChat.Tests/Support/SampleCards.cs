namespace MemberCards.Sdk.WeChat.Tests.Support;

/// <summary>Member cards used across tests.</summary>
internal static class SampleCards
{
    public static WeChatMemberCard Valid(string title = "海底捞会员卡", bool useCustomCode = false, string? customCodeMode = null, long quantity = 50000000) => new()
    {
        BackgroundPicUrl = "https://mmbiz.qlogo.cn/mmbiz/",
        BaseInfo = new WeChatCardBaseInfo
        {
            LogoUrl = "http://mmbiz.qpic.cn/mmbiz/iaL1LJM1mF9aRKPZ/0",
            BrandName = "海底捞",
            CodeType = WeChatCodeType.Text,
            Title = title,
            Color = WeChatCardColors.Color010,
            Notice = "使用时向服务员出示此券",
            ServicePhone = "020-88888888",
            Description = "不可与其他优惠同享",
            DateInfo = new WeChatDateInfo { Type = WeChatDateInfoType.Permanent },
            Sku = new WeChatCardSku { Quantity = quantity },
            GetLimit = 3,
            UseCustomCode = useCustomCode,
            GetCustomCodeMode = customCodeMode,
            CanGiveFriend = true,
        },
        SupplyBonus = true,
        SupplyBalance = false,
        Prerogative = "test_prerogative",
        WxActivate = true,
        CustomField1 = new WeChatCustomField { NameType = WeChatFieldNameType.Level, Url = "http://www.qq.com" },
        BonusRule = new WeChatBonusRule { CostMoneyUnit = 100, IncreaseBonus = 1, InitIncreaseBonus = 10 },
        Discount = 10,
    };
}
