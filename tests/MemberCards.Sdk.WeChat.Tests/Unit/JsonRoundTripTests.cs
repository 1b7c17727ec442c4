using System.Text.Json;
using MemberCards.Sdk.TestHosts;

namespace MemberCards.Sdk.WeChat.Tests.Unit;

/// <summary>
/// Issues 12 and 18: every WeChat request and response (and every object they hold) round-trips through
/// <see cref="WeChatJson.SerializerOptions"/>, bytes and values, and its complete sample is pinned to the byte in
/// <c>wire/{Type}.json</c>, so a refactoring of the models cannot move the wire unnoticed.
/// </summary>
public sealed class JsonRoundTripTests
{
    private const string CardId = "pFS7Fjg8kV1IdDz01r4SQwMkuCKc";
    private const string OpenId = "oFS7Fjl0WsZ9AMZqrI80nbIq8xrA";
    private const string Image = "http://mmbiz.qpic.cn/mmbiz/iaL1LJM1mF9aRKPZ/0";

    public static TheoryData<Type> ModelTypes => JsonRoundTrip.ModelTypes(typeof(IWeChatCardClient).Assembly, WeChatJson.SerializerOptions);

    [Fact]
    public void The_public_options_are_read_only_and_cover_the_models()
    {
        Assert.True(WeChatJson.SerializerOptions.IsReadOnly);
        Assert.Contains(typeof(WeChatCardBaseInfo), JsonRoundTrip.Models(typeof(IWeChatCardClient).Assembly, WeChatJson.SerializerOptions));
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void Every_model_has_a_complete_sample_that_round_trips(Type type)
    {
        var sample = Assert.Single(Samples(), s => s.GetType() == type);

        JsonRoundTrip.AssertEveryPropertySet(sample, WeChatJson.SerializerOptions);
        JsonRoundTrip.AssertWireUnchanged(JsonRoundTrip.AssertRoundTrips(sample, WeChatJson.SerializerOptions), type);
    }

    [Fact]
    public void The_models_keep_their_wire_names_in_options_combined_with_a_hosts_own_context()
    {
        var options = WeChatJsonContext.CreateOptions(Support.ColorsJsonContext.Default);

        Assert.Equal("""{"colors":[{"name":"Color010"}],"errcode":0}""", JsonSerializer.Serialize(new Support.ColorsResponse { Colors = [new Support.CardColor { Name = "Color010" }] }, options));
        Assert.Equal("""{"quantity":1,"total_quantity":2}""", JsonSerializer.Serialize(new WeChatCardSku { Quantity = 1, TotalQuantity = 2 }, options));
    }

    [Fact]
    public void A_create_member_card_request_round_trips_byte_for_byte()
    {
        var request = new WeChatCreateMemberCardRequest { MemberCard = CardCreateSerializationTests.OfficialModel() };

        var json = JsonRoundTrip.AssertRoundTrips(request, WeChatJson.SerializerOptions);

        Assert.StartsWith("{\"member_card\":{", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_response_read_from_the_wire_round_trips()
    {
        const string wire = """{"errcode":0,"errmsg":"ok","openid":"o1","nickname":"小王","membership_number":"M1","bonus":100,"balance":0,"user_card_status":"NORMAL"}""";

        var read = JsonSerializer.Deserialize<WeChatGetMemberInfoResponse>(wire, WeChatJson.SerializerOptions)!;

        var json = JsonRoundTrip.AssertRoundTrips(read, WeChatJson.SerializerOptions);

        Assert.Equal(("小王", 0L, WeChatUserCardStatus.Normal), (read.Nickname, read.Balance, read.UserCardStatus));
        Assert.EndsWith("\"user_card_status\":\"NORMAL\",\"errcode\":0,\"errmsg\":\"ok\"}", json, StringComparison.Ordinal);
    }

    private static WeChatCardBaseInfo BaseInfo() => new()
    {
        LogoUrl = Image,
        BrandName = "海底捞",
        CodeType = WeChatCodeType.Text,
        Title = "海底捞会员卡",
        Color = WeChatCardColors.Color010,
        Notice = "使用时向服务员出示此券",
        ServicePhone = "020-88888888",
        Description = "不可与其他优惠同享",
        DateInfo = DateInfo(),
        Sku = Sku(),
        Status = WeChatCardStatus.Verified,
        Id = CardId,
        UseCustomCode = true,
        GetCustomCodeMode = "GET_CUSTOM_CODE_MODE_DEPOSIT",
        BindOpenId = false,
        GetLimit = 3,
        UseLimit = 1,
        CanShare = true,
        CanGiveFriend = false,
        LocationIds = [123, 12321],
        UseAllLocations = false,
        CenterTitle = "快速买单",
        CenterSubTitle = "点击出示",
        CenterUrl = "https://www.qq.com/center",
        CenterAppBrandUserName = "gh_86a091e50ad4@app",
        CenterAppBrandPass = "pages/center",
        CustomUrlName = "立即使用",
        CustomUrl = "http://weixin.qq.com",
        CustomUrlSubTitle = "6个汉字tips",
        CustomAppBrandUserName = "gh_86a091e50ad4@app",
        CustomAppBrandPass = "pages/custom",
        PromotionUrlName = "营销入口1",
        PromotionUrl = "http://www.qq.com",
        PromotionUrlSubTitle = "卖场大优惠",
        PromotionAppBrandUserName = "gh_86a091e50ad4@app",
        PromotionAppBrandPass = "pages/promotion",
        NeedPushOnView = true,
        PayInfo = PayInfo(),
    };

    private static WeChatDateInfo DateInfo() => new() { Type = WeChatDateInfoType.FixTerm, BeginTimestamp = 1397577600, EndTimestamp = 1472724261, FixedTerm = 15, FixedBeginTerm = 1 };

    private static WeChatCardSku Sku() => new() { Quantity = 50000000, TotalQuantity = 50000100 };

    private static WeChatCardPayInfo PayInfo() => new() { SwipeCard = SwipeCard() };

    private static WeChatSwipeCard SwipeCard() => new() { IsSwipeCard = true };

    private static WeChatCardAdvancedInfo AdvancedInfo() => new()
    {
        UseCondition = UseCondition(),
        Abstract = Abstract(),
        TextImages = [TextImage()],
        TimeLimits = [TimeLimit()],
        BusinessServices = ["BIZ_SERVICE_FREE_WIFI", "BIZ_SERVICE_WITH_PET"],
    };

    private static WeChatUseCondition UseCondition() => new() { AcceptCategory = "鞋类", RejectCategory = "阿迪达斯", LeastCost = 10000, CanUseWithOtherDiscount = true };

    private static WeChatCardAbstract Abstract() => new() { Text = "微信餐厅推出多种新季菜品", IconUrls = [Image] };

    private static WeChatTextImage TextImage() => new() { ImageUrl = Image, Text = "此菜品精选食材" };

    private static WeChatTimeLimit TimeLimit() => new() { Type = "MONDAY", BeginHour = 9, EndHour = 21, BeginMinute = 10, EndMinute = 59 };

    private static WeChatCustomField CustomField() => new() { NameType = WeChatFieldNameType.Level, Name = "等级", Url = "http://www.qq.com" };

    private static WeChatCustomCell CustomCell() => new() { Name = "使用入口2", Tips = "激活后显示", Url = "http://www.xxx.com" };

    private static WeChatBonusRule BonusRule() => new()
    {
        CostMoneyUnit = 100,
        IncreaseBonus = 1,
        MaxIncreaseBonus = 200,
        InitIncreaseBonus = 10,
        CostBonusUnit = 5,
        ReduceMoney = 100,
        LeastMoneyToUseBonus = 1000,
        MaxReduceBonus = 50,
    };

    private static WeChatMemberCard MemberCard() => new()
    {
        BackgroundPicUrl = "https://mmbiz.qlogo.cn/mmbiz/",
        BaseInfo = BaseInfo(),
        AdvancedInfo = AdvancedInfo(),
        Prerogative = "test_prerogative",
        SupplyBonus = true,
        BonusUrl = "https://www.qq.com/bonus",
        BonusCleared = "每年年底清零",
        BonusRules = "消费1元积1分",
        SupplyBalance = false,
        BalanceUrl = "https://www.qq.com/balance",
        BalanceRules = "储值规则",
        AutoActivate = false,
        WxActivate = true,
        WxActivateAfterSubmit = true,
        WxActivateAfterSubmitUrl = "https://www.qq.com/after",
        ActivateUrl = "https://www.qq.com/activate",
        ActivateAppBrandUserName = "gh_86a091e50ad4@app",
        ActivateAppBrandPass = "pages/activate",
        CustomField1 = CustomField(),
        CustomField2 = CustomField(),
        CustomField3 = CustomField(),
        CustomCell1 = CustomCell(),
        BonusRule = BonusRule(),
        Discount = 10,
    };

    private static WeChatQrCard QrCard() => new() { CardId = CardId, Code = "198374613512", OpenId = OpenId, IsUniqueCode = false, OuterId = 1, OuterStr = "store-1" };

    private static WeChatQrMultipleCard QrMultipleCard() => new() { CardList = [QrCard()] };

    private static WeChatQrActionInfo QrActionInfo() => new() { Card = QrCard(), MultipleCard = QrMultipleCard() };

    private static WeChatLandingPageCard LandingPageCard() => new() { CardId = CardId, ThumbUrl = Image };

    private static WeChatCodeCard CodeCard() => new() { CardId = CardId, BeginTime = 1404205036, EndTime = 1404205036 };

    private static WeChatFormValue FormValue() => new() { Name = "USER_FORM_INFO_FLAG_MOBILE", Value = "13800138000", ValueList = ["a", "b"] };

    private static WeChatUserFormInfo UserFormInfo() => new() { CommonFields = [FormValue()], CustomFields = [FormValue()] };

    private static WeChatRichField RichField() => new() { Type = WeChatRichFieldType.Radio, Name = "兴趣", Values = ["钢琴", "舞蹈"] };

    private static WeChatActivateForm ActivateForm() => new() { CanModify = false, CommonFields = [WeChatUserFormField.Mobile, WeChatUserFormField.Name], CustomFields = ["喜欢的食物"], RichFields = [RichField()] };

    private static WeChatNamedLink NamedLink() => new() { Name = "会员守则", Url = "https://www.qq.com/rules" };

    private static WeChatNotifyOptional NotifyOptional() => new() { IsNotifyBonus = true, IsNotifyBalance = false, IsNotifyCustomField1 = true, IsNotifyCustomField2 = false, IsNotifyCustomField3 = true };

    private static WeChatCardDetails CardDetails() => new() { CardType = "MEMBER_CARD", MemberCard = MemberCard() };

    private static object[] Samples() =>
    [
        BaseInfo(), DateInfo(), Sku(), PayInfo(), SwipeCard(), AdvancedInfo(), UseCondition(), Abstract(), TextImage(), TimeLimit(),
        CustomField(), CustomCell(), BonusRule(), MemberCard(), CardDetails(),
        QrCard(), QrMultipleCard(), QrActionInfo(), LandingPageCard(), CodeCard(),
        FormValue(), UserFormInfo(), RichField(), ActivateForm(), NamedLink(), NotifyOptional(),
        new WeChatResponse { ErrorCode = 40001, ErrorMessage = "invalid credential" },
        new WeChatCardIdRequest { CardId = CardId },
        new WeChatCreateCardResponse { ErrorCode = 1, ErrorMessage = "ok", CardId = CardId },
        new WeChatCreateMemberCardRequest { MemberCard = MemberCard() },
        new WeChatGetCardResponse { ErrorCode = 1, ErrorMessage = "ok", Card = CardDetails() },
        new WeChatUpdateCardRequest { CardId = CardId, MemberCard = MemberCard() },
        new WeChatUpdateCardResponse { ErrorCode = 1, ErrorMessage = "ok", SendCheck = true },
        new WeChatDecryptCodeRequest { EncryptCode = "XXIzTtMqCxwOaawoE91+VJdsFmv7b8g0VZIZkqf4GWA60Fzpc8ksZ/5ZZ0DVkXdE" },
        new WeChatDecryptCodeResponse { ErrorCode = 1, ErrorMessage = "ok", Code = "018255396048" },
        new WeChatGetCodeRequest { Code = "110201201245", CardId = CardId, CheckConsume = false },
        new WeChatGetCodeResponse { ErrorCode = 1, ErrorMessage = "ok", Card = CodeCard(), OpenId = OpenId, CanConsume = true, UserCardStatus = WeChatUserCardStatus.Normal, OuterStr = "store-1" },
        new WeChatMakeCodeUnavailableRequest { Code = "110201201245", CardId = CardId, Reason = "违规" },
        new WeChatAddCardItem { CardId = CardId, CardExt = """{"timestamp":"1700000000","signature":"abc"}""" },
        new WeChatChooseCardParameters { ShopId = "1", CardType = "MEMBER_CARD", CardId = CardId, Timestamp = 1700000000, NonceStr = "nonce", SignType = "SHA1", CardSign = "sign" },
        new WeChatCreateLandingPageRequest { Banner = Image, PageTitle = "惠城优惠大派送", CanShare = true, Scene = WeChatLandingPageScene.Menu, CardList = [LandingPageCard()] },
        new WeChatCreateLandingPageResponse { ErrorCode = 1, ErrorMessage = "ok", Url = "https://mp.weixin.qq.com/bizmall/cardlandingpage", PageId = 2 },
        new WeChatCreateQrCodeRequest { ActionName = WeChatQrCodeAction.Card, ExpireSeconds = 1800, ActionInfo = QrActionInfo() },
        new WeChatCreateQrCodeResponse { ErrorCode = 1, ErrorMessage = "ok", Ticket = "gQHB8DoAAAAAAAAAASxodHRwOi8vd2VpeGluLnFxLmNvbS9xL0JIV3lhX3psZmlvSDZmWGVMMTZvAAIEsNnKVQMEIAMAAA==", ExpireSeconds = 1800, Url = "http://weixin.qq.com/q/BHWya_zlfioH6fXeL16o", ShowQrCodeUrl = "https://mp.weixin.qq.com/cgi-bin/showqrcode?ticket=gQH" },
        new WeChatGetMpNewsHtmlResponse { ErrorCode = 1, ErrorMessage = "ok", Content = "<iframe class=\"res_iframe card_iframe js_editor_card\"></iframe>" },
        new WeChatJsConfig { AppId = "wx1234567890abcdef", Timestamp = 1700000000, NonceStr = "nonce", Signature = "signature" },
        new WeChatSetTestWhiteListRequest { OpenIds = [OpenId], UserNames = ["weixin-id"] },
        new WeChatUploadImageRequest { FileName = "logo.png", Content = [0x89, 0x50, 0x4E, 0x47] },
        new WeChatUploadImageResponse { ErrorCode = 1, ErrorMessage = "ok", Url = Image },
        new WeChatActivateMemberCardRequest
        {
            MembershipNumber = "AAA00000001",
            Code = "12312313",
            CardId = CardId,
            BackgroundPicUrl = Image,
            ActivateBeginTime = 1397577600,
            ActivateEndTime = 1422724261,
            InitBonus = 100,
            InitBonusRecord = "旧积分同步",
            InitBalance = 200,
            InitCustomFieldValue1 = "白金",
            InitCustomFieldValue2 = "9折",
            InitCustomFieldValue3 = "3张",
        },
        new WeChatGetActivateTempInfoRequest { ActivateTicket = "fDZv9eMQAFfrNr3XBoqhb%2F%2BMRVK6u3" },
        new WeChatGetActivateTempInfoResponse { ErrorCode = 1, ErrorMessage = "ok", Info = UserFormInfo() },
        new WeChatGetMemberInfoRequest { CardId = CardId, Code = "916679873278" },
        new WeChatGetMemberInfoResponse
        {
            ErrorCode = 1,
            ErrorMessage = "ok",
            OpenId = OpenId,
            Nickname = "小王",
            MembershipNumber = "AAA00000001",
            Bonus = 100,
            Balance = 200,
            Sex = "MALE",
            UserInfo = UserFormInfo(),
            UserCardStatus = WeChatUserCardStatus.Normal,
            HasActive = true,
        },
        new WeChatSetActivateUserFormRequest { CardId = CardId, ServiceStatement = NamedLink(), BindOldCard = NamedLink(), RequiredForm = ActivateForm(), OptionalForm = ActivateForm() },
        new WeChatUpdateMemberRequest
        {
            Code = "179011264953",
            CardId = CardId,
            BackgroundPicUrl = Image,
            Bonus = 3000,
            AddBonus = 30,
            RecordBonus = "消费30元，获得3积分",
            Balance = 3000,
            AddBalance = -30,
            RecordBalance = "购买焦糖玛琪朵一杯，扣除金额30元。",
            CustomFieldValue1 = "xxxxx",
            CustomFieldValue2 = "xxxxx",
            CustomFieldValue3 = "xxxxx",
            NotifyOptional = NotifyOptional(),
        },
        new WeChatUpdateMemberResponse { ErrorCode = 1, ErrorMessage = "ok", ResultBonus = 100, ResultBalance = 200, OpenId = OpenId },
        UserCard(),
        new WeChatGetUserCardListRequest { OpenId = OpenId, CardId = CardId },
        new WeChatGetUserCardListResponse { ErrorCode = 1, ErrorMessage = "ok", CardList = [UserCard()], HasShareCard = true },
        new WeChatBatchGetCardsRequest { Offset = 50, Count = 10, StatusList = [WeChatCardStatus.Verified, WeChatCardStatus.Dispatched] },
        new WeChatBatchGetCardsResponse { ErrorCode = 1, ErrorMessage = "ok", CardIdList = [CardId], TotalNum = 51 },
        new WeChatModifyStockRequest { CardId = CardId, IncreaseStockValue = 1000, ReduceStockValue = 10 },
        new WeChatCardCodesRequest { CardId = CardId, Codes = ["11111", "22222"] },
        new WeChatDepositCodesResponse { ErrorCode = 1, ErrorMessage = "ok", SuccCode = ["11111"], DuplicateCode = ["22222"], FailCode = ["33333"] },
        new WeChatGetDepositCountResponse { ErrorCode = 1, ErrorMessage = "ok", Count = 123 },
        new WeChatCheckCodesResponse { ErrorCode = 1, ErrorMessage = "ok", ExistCode = ["11111"], NotExistCode = ["44444"] },
        PayGiftCardRule(),
        PayGiftCardRule().BaseInfo!,
        PayGiftCardRule().MemberRule!,
        new WeChatAddPayGiftCardRuleRequest { RuleInfo = PayGiftCardRule() },
        new WeChatAddPayGiftCardRuleResponse { ErrorCode = 1, ErrorMessage = "ok", RuleId = 1001, SuccMchIdList = ["1900000001"], FailMchIdList = [PayGiftCardMchIdFailure()] },
        PayGiftCardMchIdFailure(),
        new WeChatPayGiftCardRuleIdRequest { RuleId = 1001 },
        new WeChatGetPayGiftCardRuleResponse { ErrorCode = 1, ErrorMessage = "ok", RuleInfo = PayGiftCardRule() },
        new WeChatBatchGetPayGiftCardRulesRequest { Type = WeChatPayGiftCardRule.PayMemberCardType, Effective = true, Offset = 10, Count = 5 },
        new WeChatBatchGetPayGiftCardRulesResponse { ErrorCode = 1, ErrorMessage = "ok", RuleList = [PayGiftCardRule()], TotalCount = 11 },
        new WeChatCardDataRequest { BeginDate = "2015-06-15", EndDate = "2015-06-30", CondSource = 0 },
        new WeChatCardCardDataRequest { BeginDate = "2015-06-15", EndDate = "2015-06-30", CondSource = 1, CardId = CardId },
        new WeChatMemberCardDetailDataRequest { BeginDate = "2015-06-15", EndDate = "2015-06-30", CardId = CardId },
        CardBizData(),
        new WeChatCardBizDataResponse { ErrorCode = 1, ErrorMessage = "ok", List = [CardBizData()] },
        CardCardData(),
        new WeChatCardCardDataResponse { ErrorCode = 1, ErrorMessage = "ok", List = [CardCardData()] },
        MemberCardData(),
        new WeChatMemberCardDataResponse { ErrorCode = 1, ErrorMessage = "ok", List = [MemberCardData()] },
        MemberCardDetailData(),
        new WeChatMemberCardDetailDataResponse { ErrorCode = 1, ErrorMessage = "ok", List = [MemberCardDetailData()] },
        CardMessage(),
        new WeChatMassFilter { IsToAll = true, TagId = 2 },
        new WeChatSendCardMessageRequest { ToUser = OpenId, WxCard = CardMessage() },
        new WeChatMassSendCardRequest { Filter = new WeChatMassFilter { IsToAll = true, TagId = 2 }, WxCard = CardMessage(), ClientMsgId = "send-2026-12-07" },
        new WeChatMassSendCardToUsersRequest { ToUser = [OpenId, "oFS7Fjl0WsZ9AMZqrI80nbIq8xrB"], WxCard = CardMessage(), ClientMsgId = "send-2026-12-07" },
        new WeChatPreviewCardMessageRequest { ToUser = OpenId, ToWxName = "weixin-id", WxCard = CardMessage() },
        new WeChatMassSendResponse { ErrorCode = 1, ErrorMessage = "send job submission success", MsgId = 34182, MsgDataId = 206227730 },
    ];

    private static WeChatCardMessage CardMessage() => new() { CardId = CardId, CardExt = """{"code":"","openid":"","timestamp":"1402057159","signature":"017bb17407c8e0058a66d72dcc61632b70f511ad"}""" };

    private static WeChatUserCard UserCard() => new() { Code = "110201201245", CardId = CardId };

    private static WeChatPayGiftCardRule PayGiftCardRule() => new()
    {
        RuleId = 1001,
        Type = WeChatPayGiftCardRule.PayMemberCardType,
        BaseInfo = new WeChatPayGiftCardBaseInfo { MchIdList = ["1900000001", "1900000002"], BeginTime = 1_480_317_217, EndTime = 1_580_317_217, Status = "RULE_STATUS_OK", CreateTime = 1_480_317_217, UpdateTime = 1_480_317_300 },
        MemberRule = new WeChatPayGiftCardMemberRule { CardId = CardId, LeastCost = 0, MaxCost = 20_000, JumpUrl = "https://www.qq.com", AppBrandId = "gh_abcdefghijkl@app", AppBrandPass = "pages/index/index" },
    };

    private static WeChatCardBizData CardBizData() => new() { RefDate = "2015-06-23", ViewCnt = 1, ViewUser = 2, ReceiveCnt = 3, ReceiveUser = 4, VerifyCnt = 5, VerifyUser = 6, GivenCnt = 7, GivenUser = 8, ExpireCnt = 9, ExpireUser = 10 };

    private static WeChatCardCardData CardCardData() => new() { RefDate = "2015-06-23", ViewCnt = 1, ViewUser = 2, ReceiveCnt = 3, ReceiveUser = 4, VerifyCnt = 5, VerifyUser = 6, GivenCnt = 7, GivenUser = 8, ExpireCnt = 9, ExpireUser = 10, CardId = CardId, CardType = 2, IsPay = 1 };

    private static WeChatMemberCardData MemberCardData() => new() { RefDate = "2015-06-23", ViewCnt = 1, ViewUser = 2, ReceiveCnt = 3, ReceiveUser = 4, ActiveUser = 5, VerifyCnt = 6, VerifyUser = 7, TotalUser = 8, TotalReceiveUser = 9 };

    private static WeChatMemberCardDetailData MemberCardDetailData() => new() { RefDate = "2015-06-23", MerchantType = 1, CardId = CardId, SubMerchantId = 12, ViewCnt = 1, ViewUser = 2, ReceiveCnt = 3, ReceiveUser = 4, VerifyCnt = 5, VerifyUser = 6, ActiveCnt = 7, ActiveUser = 8, TotalUser = 9, NewUser = 10, PayOriginalFee = 10_000, Fee = 9_000 };

    private static WeChatPayGiftCardMchIdFailure PayGiftCardMchIdFailure() => new() { MchId = "1900000002", ErrorCode = 9_300_001, ErrorMessage = "mchid occupied", OccupyRuleId = 998, OccupyAppId = "wx1234567890abcdef" };
}
