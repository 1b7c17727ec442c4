using System.Text.Json;
using MemberCards.Sdk.TestHosts;
using MemberCards.Sdk.WeChatPay.Tests.Support;

namespace MemberCards.Sdk.WeChatPay.Tests.Unit;

/// <summary>
/// Issue 18: every WeChat Pay request, response and notification round-trips through
/// <see cref="WeChatPayJson.SerializerOptions"/>, bytes and values (sensitive fields as their ciphertext).
/// </summary>
public sealed class JsonRoundTripTests
{
    private static readonly DateTimeOffset Created = new(2025, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));

    public static TheoryData<Type> ModelTypes => JsonRoundTrip.ModelTypes(typeof(IWeChatPayBrandCardClient).Assembly, WeChatPayJson.SerializerOptions);

    [Fact]
    public void The_public_options_are_read_only_and_the_clients_own()
    {
        Assert.True(WeChatPayJson.SerializerOptions.IsReadOnly);
        Assert.Same(WeChatPayJson.Options, WeChatPayJson.SerializerOptions);
        Assert.Contains(typeof(WeChatPayUserCardEvent), JsonRoundTrip.Models(typeof(IWeChatPayBrandCardClient).Assembly, WeChatPayJson.SerializerOptions));
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void Every_model_has_a_complete_sample_that_round_trips(Type type)
    {
        var sample = Assert.Single(Samples(), s => s.GetType() == type);

        JsonRoundTrip.AssertEveryPropertySet(sample, WeChatPayJson.SerializerOptions);
        JsonRoundTrip.AssertWireUnchanged(JsonRoundTrip.AssertRoundTrips(sample, WeChatPayJson.SerializerOptions), type);
    }

    [Fact]
    public void A_pages_items_round_trip_with_it()
    {
        var page = new WeChatPayPage<UserCard> { TotalCount = 1, Offset = 0, Limit = 20, Data = [Card()] };

        var json = JsonRoundTrip.AssertRoundTrips(page, WeChatPayJson.SerializerOptions);

        Assert.StartsWith("""{"total_count":1,"offset":0,"limit":20,"data":[{""", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_card_in_a_state_the_sdk_does_not_know_round_trips_instead_of_failing()
    {
        var read = JsonSerializer.Deserialize<UserCard>("""{"user_card_code":"478515832665","card_type":"SOME_NEW_TYPE","user_card_state":"SOME_NEW_STATE"}""", WeChatPayJson.SerializerOptions)!;

        var json = JsonRoundTrip.AssertRoundTrips(read, WeChatPayJson.SerializerOptions);

        Assert.Equal(UserCardState.Unknown, read.UserCardState);
        Assert.Equal("""{"user_card_code":"478515832665"}""", json);
    }

    [Fact]
    public void A_plaintext_waiting_to_be_encrypted_round_trips_as_plaintext()
    {
        var request = Update() with { PhoneNumber = SensitiveText.FromPlaintext("13800138000") };

        var json = JsonRoundTrip.AssertRoundTrips(request, WeChatPayJson.SerializerOptions);

        Assert.Contains("""{"plaintext":"13800138000"}""", json, StringComparison.Ordinal);
        Assert.Equal("13800138000", JsonSerializer.Deserialize<UpdateUserCardRequest>(json, WeChatPayJson.SerializerOptions)!.PhoneNumber!.Reveal());
    }

    private static SensitiveText Cipher(string text) => SensitiveText.FromCiphertext(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("ciphertext of " + text)));

    private static CardPurchaseInformation Purchase() => new() { Price = 9900, JumpAppId = "wxea9c30a90fs8d3fe", JumpPath = "/pages/buy/buy" };

    private static CardTemplateUserInformation TemplateForm() => new()
    {
        CommonFieldList = ["USER_FORM_FLAG_NAME", "USER_FORM_FLAG_BIRTHDAY"],
        CustomFieldList = [new CardTemplateCustomField { Type = "RADIO", Name = "口味", Values = ["甜", "咸"] }],
    };

    private static ValidDateInformation Validity() => new()
    {
        Type = ValidityType.FixTimeRange,
        AvailableBeginTime = Created,
        AvailableEndTime = Created.AddYears(1),
        AvailableDayAfterReceive = 30,
    };

    private static UserInformation Information() => new()
    {
        CommonFieldList = [new CommonField { Name = UserFormField.Name, Value = Cipher("张三") }, new CommonField { Name = UserFormField.Unknown, WireName = "NEW_FIELD", Value = Cipher("x") }],
        CustomFieldList = [new CustomField { Name = "爱好", UserChosenValues = [Cipher("读书"), Cipher("跑步")] }],
    };

    private static UserCard Card() => new()
    {
        UserCardCode = "478515832665",
        CardId = "pbLatjk4T4Hx-QgJSbZ-0000000",
        OpenId = "obLatjjwDolFjRRd3doGo0000000",
        BrandId = "1004",
        CardType = CardType.Normal,
        PickupTime = Created,
        UserCardState = UserCardState.Effective,
        InvalidReason = "none yet",
        InvalidTime = Created.AddYears(2),
        CreateTime = Created,
        ModifyTime = Created.AddDays(1),
        CardColor = "#63B359",
        CardPictureUrl = "https://wxpaylogo.qpic.cn/card.png",
        PhoneNumber = Cipher("13800138000"),
        Level = "金卡",
        ValidDateInformation = Validity(),
        UserInformation = Information(),
        Attach = "attach-1",
    };

    private static UpdateUserCardRequest Update() => new()
    {
        UserCardCode = "478515832665",
        CardId = "pbLatjk4T4Hx-QgJSbZ-0000000",
        BrandId = "1004",
        OpenId = "obLatjjwDolFjRRd3doGo0000000",
        PickupTime = Created,
        CardColor = "#63B359",
        CardPictureUrl = "https://wxpaylogo.qpic.cn/card.png",
        PhoneNumber = Cipher("13800138000"),
        Level = "金卡",
        ValidDateInformation = Validity(),
        UserInformation = Information(),
        Attach = "attach-1",
    };

    private static object[] Samples() =>
    [
        Card(),
        Update(),
        new ConfirmUserCardRequest
        {
            UserCardCode = "478515832665",
            BrandId = "1004",
            CardId = "pbLatjk4T4Hx-QgJSbZ-0000000",
            OpenId = "obLatjjwDolFjRRd3doGo0000000",
            UserCardConfirmState = UserCardConfirmState.CreateCardSuccess,
            CardColor = "#63B359",
            CardPictureUrl = "https://wxpaylogo.qpic.cn/card.png",
            PhoneNumber = Cipher("13800138000"),
            Level = "金卡",
            ValidDateInformation = Validity(),
            UserInformation = Information(),
            Attach = "attach-1",
        },
        new InvalidateUserCardRequest { UserCardCode = "478515832665", BrandId = "1004", CardId = "pbLatjk4T4Hx-QgJSbZ-0000000", OpenId = "obLatjjwDolFjRRd3doGo0000000", InvalidReason = "用户注销" },
        new InvalidateCardTemplateRequest { CardId = "pbLatjk4T4Hx-QgJSbZ-0000000", BrandId = "1004" },
        new ImportUserCardByOpenIdRequest
        {
            UserCardCode = "478515832665",
            BrandId = "1004",
            CardId = "pbLatjk4T4Hx-QgJSbZ-0000000",
            OpenId = "obLatjjwDolFjRRd3doGo0000000",
            PickupTime = Created,
            CardColor = "#63B359",
            CardPictureUrl = "https://wxpaylogo.qpic.cn/card.png",
            PhoneNumber = Cipher("13800138000"),
            Level = "金卡",
            ValidDateInformation = Validity(),
            UserInformation = Information(),
            Attach = "attach-1",
        },
        new ImportUserCardByPhoneRequest
        {
            UserCardCode = "478515832666",
            BrandId = "1004",
            CardId = "pbLatjk4T4Hx-QgJSbZ-0000000",
            PickupTime = Created,
            CardColor = "#63B359",
            CardPictureUrl = "https://wxpaylogo.qpic.cn/card.png",
            PhoneNumber = Cipher("13800138001"),
            Level = "银卡",
            ValidDateInformation = Validity(),
            UserInformation = Information(),
            Attach = "attach-2",
        },
        new CreateMemberTokenRequest { BrandId = "1004", CardId = "pbLatjk4T4Hx-QgJSbZ-0000000", OpenId = "obLatjjwDolFjRRd3doGo0000000" },
        new MemberToken { Token = "pre-auth-token-1", ExpireTime = Created.AddHours(1) },
        new CreateUserFeedRequest { BrandId = "1004", CardId = "pbLatjk4T4Hx-QgJSbZ-0000000", UserCardCode = "478515832665", OpenId = "obLatjjwDolFjRRd3doGo0000000", OutRequestNo = "feed-1", Cell = "消费 100 元，积分 +100" },
        new UserFeed { BrandId = "1004", CardId = "pbLatjk4T4Hx-QgJSbZ-0000000", UserCardCode = "478515832665", OpenId = "obLatjjwDolFjRRd3doGo0000000", OutRequestNo = "feed-1", Cell = "消费 100 元，积分 +100" },
        new SyncUserPointsRequest { OutRequestNo = "points-1", BrandId = "1004", CardId = "pbLatjk4T4Hx-QgJSbZ-0000000", OpenId = "obLatjjwDolFjRRd3doGo0000000", UserCardCode = "478515832665", PointBalance = 2300 },
        new UserPointBalance { OutRequestNo = "points-1", BrandId = "1004", CardId = "pbLatjk4T4Hx-QgJSbZ-0000000", OpenId = "obLatjjwDolFjRRd3doGo0000000", UserCardCode = "478515832665", PointBalance = 2300 },
        new UploadedImage { MediaUrl = "https://wxpaylogo.qpic.cn/wxpaylogo/brand/card.png" },
        new ConfirmPointExchangeRequest { RecordId = "record-1", ExchangeCouponTemplateId = "template-1", BrandId = "1004", CardId = "pbLatjk4T4Hx-QgJSbZ-0000000", OpenId = "obLatjjwDolFjRRd3doGo0000000", UserCardCode = "478515832665", Result = PointExchangeResult.Reject, RejectReason = "积分不足" },
        new PointExchangeConfirmation
        {
            RecordId = "record-1",
            ExchangeCouponTemplateId = "template-1",
            BrandId = "1004",
            CardId = "pbLatjk4T4Hx-QgJSbZ-0000000",
            OpenId = "obLatjjwDolFjRRd3doGo0000000",
            UserCardCode = "478515832665",
            Result = PointExchangeResult.Allow,
            State = "POINT_EXCHANGE_COUPON_SUCCESS",
            ProductCouponId = "1000001",
            ProductCouponStockType = "NORMAL",
            StockId = "2000001",
            CouponCode = "coupon-1",
            RejectReason = "无",
        },
        new ProductCouponStock { ProductCouponId = "1000001", StockId = "2000001" },
        new CreateMembershipActivityRequest
        {
            OutRequestNo = "activity-1",
            BrandId = "1004",
            CardId = "pbLatjk4T4Hx-QgJSbZ-0000000",
            ActivityChannel = CreateMembershipActivityRequest.MerchantAppComponent,
            Title = "开卡有礼",
            SubTitle = "入会送券",
            BeginTime = Created,
            EndTime = Created.AddDays(30),
            ApplyTotal = 100,
            ProductCouponStockList = [new ProductCouponStock { ProductCouponId = "1000001", StockId = "2000001" }],
        },
        new UpdateMembershipActivityRequest { ActivityId = "activity-id-1", BrandId = "1004", Title = "开卡有礼", SubTitle = "入会送券", BeginTime = Created, EndTime = Created.AddDays(30) },
        new TerminateMembershipActivityRequest { ActivityId = "activity-id-1", BrandId = "1004" },
        new MembershipActivity
        {
            ActivityId = "activity-id-1",
            OutRequestNo = "activity-1",
            BrandId = "1004",
            CardId = "pbLatjk4T4Hx-QgJSbZ-0000000",
            ActivityChannel = CreateMembershipActivityRequest.MerchantAppComponent,
            Title = "开卡有礼",
            SubTitle = "入会送券",
            BeginTime = Created,
            EndTime = Created.AddDays(30),
            ApplyTotal = 100,
            ApplyAvailable = 99,
            ProductCouponStockList = [new ProductCouponStock { ProductCouponId = "1000001", StockId = "2000001" }],
            ActivityState = "MEMBERSHIP_ACTIVITY_EFFECTIVE",
            CreateTime = Created,
            ModifyTime = Created.AddDays(1),
        },
        TemplateRequests.Full("1004_20251122_0001") with
        {
            AppId = "wxd678efh567hg6787",
            CardType = CardType.Normal,
            CardColor = "#63B359",
            CardPictureUrl = "https://wxpaylogo.qpic.cn/card.png",
            ValidDateInformation = Validity(),
            PurchaseInformation = Purchase(),
            UserInformation = TemplateForm(),
        },
        new UpdateCardTemplateRequest
        {
            CardId = "pbLatjk4T4Hx-QgJSbZ-0000000",
            BrandId = "1004",
            CardTitle = "黄金会员卡",
            CardColor = "#63B359",
            CardPictureUrl = "https://wxpaylogo.qpic.cn/card.png",
            CodeJumpInformation = TemplateRequests.MiniProgram("code"),
            Benefits = "会员折扣、专属价",
            NotifyUrl = "https://shop.example/notify",
            NeedPinned = true,
            NeedDisplayLevel = true,
            InitLevel = "白银会员",
            ServicePhone = "010-8877xxxx",
            LegalAgreement = "会员协议",
            ValidDateInformation = Validity(),
            MemberInformation = TemplateRequests.MiniProgram("member"),
            PointsInformation = TemplateRequests.MiniProgram("points"),
            BalanceInformation = TemplateRequests.MiniProgram("balance"),
            PurchaseInformation = Purchase(),
            UserInformation = TemplateForm(),
        },
        TemplateRequests.MiniProgram("code"),
        new CardTemplate
        {
            CardId = "pbLatjk4T4Hx-QgJSbZ-0000000",
            BrandId = "1004",
            AppId = "wxd678efh567hg6787",
            CardType = CardType.Normal,
            CardTitle = "会员卡",
            CardColor = "#63B359",
            CardPictureUrl = "https://wxpaylogo.qpic.cn/card.png",
            CodeMode = "BARCODE",
            CodeType = "JUMP_MINI_PROGRAM",
            CodeJumpInformation = TemplateRequests.MiniProgram("code"),
            Benefits = "会员折扣、专属价",
            NotifyUrl = "https://shop.example/notify",
            NeedPinned = true,
            NeedDisplayLevel = false,
            InitLevel = "白银会员",
            ServicePhone = "010-8877xxxx",
            LegalAgreement = "会员协议",
            ValidDateInformation = Validity(),
            MemberInformation = TemplateRequests.MiniProgram("member"),
            PointsInformation = TemplateRequests.MiniProgram("points"),
            BalanceInformation = TemplateRequests.MiniProgram("balance"),
            PurchaseInformation = Purchase(),
            UserInformation = TemplateForm(),
            OutRequestNo = "1004_20251122_0001",
            State = "CARD_STATE_EFFECTIVE",
            CreateTime = Created,
            ModifyTime = Created.AddDays(1),
        },
        Validity(),
        Purchase(),
        TemplateForm(),
        TemplateForm().CustomFieldList![0],
        Information(),
        Information().CustomFieldList![0],
        new WeChatPayUserCardEvent
        {
            Id = "EV-2018022511223320873",
            CreateTime = Created,
            EventType = WeChatPayUserCardEvent.CreateEventType,
            Kind = UserCardEventKind.Created,
            Summary = "用户领卡",
            OriginalType = WeChatPayOriginalTypes.UserCard,
            UserCard = Card(),
        },
        new WeChatPayPointExchangeCouponEvent
        {
            Id = "EV-2025090111223320874",
            CreateTime = Created,
            EventType = WeChatPayPointExchangeCouponEvent.BrandEventType,
            Summary = "积分兑换",
            OriginalType = WeChatPayOriginalTypes.PointCoupon,
            RecordId = "REC-1",
            ExchangeCouponTemplateId = "ECT-1000",
            UserCardCode = "478515832665",
            CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0",
            BrandId = "1004",
            AppId = "wxea9c30a90fs8fa9f",
            OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA",
            DeductPoints = 300,
            ProductCouponId = "1000000013",
            ProductCouponStockType = "NORMAL",
            StockId = "98065001",
        },
        new WeChatPaySyncUserPointEvent
        {
            Id = "EV-2025090111223320875",
            CreateTime = Created,
            EventType = WeChatPaySyncUserPointEvent.PartnerEventType,
            Summary = "同步积分",
            OriginalType = WeChatPayOriginalTypes.SyncUserPoint,
            BrandId = "1004",
            CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0",
            OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA",
            UserCardCode = "478515832665",
        },
        new WeChatPayUnknownEvent
        {
            Id = "EV-2025090111223320876",
            CreateTime = Created,
            EventType = "BRAND_MEMBER_CARD.SOMETHING_NEW",
            Summary = "新事件",
            OriginalType = "something_new",
            ResourceJson = """{"feed_id":"F-1"}""",
        },
    ];
}
