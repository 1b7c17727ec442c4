using MemberCards.Sdk.WeChat.Tests.Support;

namespace MemberCards.Sdk.WeChat.Tests.Unit;

public sealed class RequestValidationTests
{
    private static WeChatMemberCard With(Func<WeChatCardBaseInfo, WeChatCardBaseInfo> change)
    {
        var card = SampleCards.Valid();
        return new WeChatMemberCard
        {
            BaseInfo = change(card.BaseInfo!),
            SupplyBonus = card.SupplyBonus,
            SupplyBalance = card.SupplyBalance,
            Prerogative = card.Prerogative,
        };
    }

    private static WeChatCardBaseInfo Copy(WeChatCardBaseInfo b, string? title = null, string? color = null, string? brand = null, string? notice = null, WeChatDateInfo? date = null) => new()
    {
        LogoUrl = b.LogoUrl,
        BrandName = brand ?? b.BrandName,
        CodeType = b.CodeType,
        Title = title ?? b.Title,
        Color = color ?? b.Color,
        Notice = notice ?? b.Notice,
        Description = b.Description,
        DateInfo = date ?? b.DateInfo,
        Sku = b.Sku,
    };

    [Fact]
    public void A_valid_card_passes()
        => WeChatRequestValidator.ValidateCreate(SampleCards.Valid());

    [Fact]
    public void Nine_chinese_characters_fit_the_title_ten_do_not()
    {
        WeChatRequestValidator.ValidateCreate(With(b => Copy(b, title: "一二三四五六七八九")));

        var ex = Assert.Throws<MemberCardsValidationException>(() => WeChatRequestValidator.ValidateCreate(With(b => Copy(b, title: "一二三四五六七八九十"))));

        Assert.Equal("card.member_card.base_info.title", ex.FieldPath);
        Assert.Contains("30 bytes", ex.Message, StringComparison.Ordinal);
        Assert.Contains("9 Chinese characters", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("一二三四五六七八九十一二三", "card.member_card.base_info.brand_name")]
    [InlineData(null, "card.member_card.base_info.notice")]
    public void Brand_name_and_notice_limits_name_the_field(string? brand, string path)
    {
        var card = brand is null
            ? With(b => Copy(b, notice: "一二三四五六七八九十一二三四五六七"))
            : With(b => Copy(b, brand: brand));

        var ex = Assert.Throws<MemberCardsValidationException>(() => WeChatRequestValidator.ValidateCreate(card));

        Assert.Equal(path, ex.FieldPath);
    }

    [Theory]
    [InlineData("Color011")]
    [InlineData("#63b359")]
    [InlineData("color010")]
    public void Colours_outside_the_palette_are_refused(string color)
    {
        var ex = Assert.Throws<MemberCardsValidationException>(() => WeChatRequestValidator.ValidateCreate(With(b => Copy(b, color: color))));

        Assert.Equal("card.member_card.base_info.color", ex.FieldPath);
    }

    [Fact]
    public void Every_palette_colour_is_accepted()
    {
        Assert.Equal(14, WeChatCardColors.All.Count);
        foreach (var color in WeChatCardColors.All)
        {
            WeChatRequestValidator.ValidateCreate(With(b => Copy(b, color: color)));
        }
    }

    [Fact]
    public void Date_info_combinations_are_checked()
    {
        WeChatRequestValidator.ValidateCreate(With(b => Copy(b, date: new WeChatDateInfo { Type = WeChatDateInfoType.FixTimeRange, BeginTimestamp = 1_700_000_000, EndTimestamp = 1_800_000_000 })));
        WeChatRequestValidator.ValidateCreate(With(b => Copy(b, date: new WeChatDateInfo { Type = WeChatDateInfoType.FixTerm, FixedTerm = 30, FixedBeginTerm = 0 })));

        Assert.Equal("card.member_card.base_info.date_info", Assert.Throws<MemberCardsValidationException>(() =>
            WeChatRequestValidator.ValidateCreate(With(b => Copy(b, date: new WeChatDateInfo { Type = WeChatDateInfoType.FixTimeRange, BeginTimestamp = 1_700_000_000 }))))
            .FieldPath);
        Assert.Equal("card.member_card.base_info.date_info.end_timestamp", Assert.Throws<MemberCardsValidationException>(() =>
            WeChatRequestValidator.ValidateCreate(With(b => Copy(b, date: new WeChatDateInfo { Type = WeChatDateInfoType.FixTimeRange, BeginTimestamp = 1_800_000_000, EndTimestamp = 1_700_000_000 }))))
            .FieldPath);
        Assert.Equal("card.member_card.base_info.date_info.fixed_term", Assert.Throws<MemberCardsValidationException>(() =>
            WeChatRequestValidator.ValidateCreate(With(b => Copy(b, date: new WeChatDateInfo { Type = WeChatDateInfoType.FixTerm, FixedTerm = 0 }))))
            .FieldPath);
        Assert.Equal("card.member_card.base_info.date_info", Assert.Throws<MemberCardsValidationException>(() =>
            WeChatRequestValidator.ValidateCreate(With(b => Copy(b, date: new WeChatDateInfo { Type = WeChatDateInfoType.Permanent, FixedTerm = 3 }))))
            .FieldPath);
    }

    [Fact]
    public void The_official_example_with_auto_activate_and_activate_url_is_accepted()
    {
        // WeChat's own card/create example sets both; WeChat accepts it and auto_activate wins.
        WeChatRequestValidator.ValidateCreate(CardCreateSerializationTests.OfficialModel());

        Assert.Equal(("activate_url", "auto_activate"), WeChatRequestValidator.IgnoredActivationFields(CardCreateSerializationTests.OfficialModel()));
    }

    [Theory]
    [InlineData(true, true, true, "activate_url and wx_activate", "auto_activate")]
    [InlineData(true, false, true, "wx_activate", "auto_activate")]
    [InlineData(false, true, true, "wx_activate", "activate_url")]
    [InlineData(true, true, false, "activate_url", "auto_activate")]
    public void Every_activation_combination_is_accepted_and_the_ignored_field_is_named(bool auto, bool url, bool wx, string ignored, string winner)
    {
        var card = Modes(auto, url, wx);

        WeChatRequestValidator.ValidateCreate(card);

        Assert.Equal((ignored, winner), WeChatRequestValidator.IgnoredActivationFields(card));
    }

    [Theory]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(false, false, true)]
    [InlineData(false, false, false)]
    public void A_single_activation_mode_ignores_nothing(bool auto, bool url, bool wx)
        => Assert.Null(WeChatRequestValidator.IgnoredActivationFields(Modes(auto, url, wx)));

    [Fact]
    public void An_activate_url_longer_than_128_bytes_is_still_refused()
    {
        var card = Modes(false, true, false);
        var tooLong = new WeChatMemberCard { BaseInfo = card.BaseInfo, Prerogative = card.Prerogative, SupplyBonus = false, SupplyBalance = false, ActivateUrl = "https://example.com/" + new string('a', 120) };

        Assert.Equal("card.member_card.activate_url", Assert.Throws<MemberCardsValidationException>(() => WeChatRequestValidator.ValidateCreate(tooLong)).FieldPath);
    }

    private static WeChatMemberCard Modes(bool auto, bool url, bool wx)
    {
        var valid = SampleCards.Valid();
        return new WeChatMemberCard
        {
            BaseInfo = valid.BaseInfo,
            Prerogative = valid.Prerogative,
            SupplyBonus = false,
            SupplyBalance = false,
            AutoActivate = auto ? true : null,
            ActivateUrl = url ? "https://example.com/activate" : null,
            WxActivate = wx ? true : null,
        };
    }

    [Fact]
    public void Supply_bonus_and_supply_balance_are_required()
    {
        var card = new WeChatMemberCard { BaseInfo = SampleCards.Valid().BaseInfo, Prerogative = "p", SupplyBonus = true };

        var ex = Assert.Throws<MemberCardsValidationException>(() => WeChatRequestValidator.ValidateCreate(card));

        Assert.Equal("card.member_card.supply_balance", ex.FieldPath);
    }

    [Fact]
    public void The_white_list_holds_at_most_ten()
    {
        WeChatRequestValidator.ValidateWhiteList(new WeChatSetTestWhiteListRequest { OpenIds = [.. Enumerable.Range(0, 6).Select(i => $"o{i}")], UserNames = ["a", "b", "c", "d"] });

        var ex = Assert.Throws<MemberCardsValidationException>(() => WeChatRequestValidator.ValidateWhiteList(
            new WeChatSetTestWhiteListRequest { OpenIds = [.. Enumerable.Range(0, 11).Select(i => $"o{i}")] }));

        Assert.Equal("openid", ex.FieldPath);
        Assert.Contains("got 11", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(59, false)]
    [InlineData(60, true)]
    [InlineData(1800, true)]
    [InlineData(1801, false)]
    public void Qr_expiry_must_be_60_to_1800_seconds(int seconds, bool valid)
    {
        var request = WeChatCreateQrCodeRequest.ForCard(new WeChatQrCard { CardId = "pCard" }, seconds);
        if (valid)
        {
            WeChatRequestValidator.ValidateQrCode(request);
            return;
        }

        Assert.Equal("expire_seconds", Assert.Throws<MemberCardsValidationException>(() => WeChatRequestValidator.ValidateQrCode(request)).FieldPath);
    }

    [Fact]
    public void A_multiple_card_qr_needs_a_card_id_per_entry()
    {
        var request = WeChatCreateQrCodeRequest.ForCards([new WeChatQrCard { CardId = "p1" }, new WeChatQrCard()]);

        var ex = Assert.Throws<MemberCardsValidationException>(() => WeChatRequestValidator.ValidateQrCode(request));

        Assert.Equal("action_info.multiple_card.card_list[1].card_id", ex.FieldPath);
    }

    [Fact]
    public void Updateuser_takes_a_total_or_a_delta_not_both()
    {
        var ex = Assert.Throws<MemberCardsValidationException>(() => WeChatRequestValidator.ValidateUpdateUser(
            new WeChatUpdateMemberRequest { Code = "123", CardId = "p1", Bonus = 10, AddBonus = 5 }));

        Assert.Equal("bonus", ex.FieldPath);
    }

    [Fact]
    public void Activation_custom_values_are_limited_to_12_bytes()
    {
        var ex = Assert.Throws<MemberCardsValidationException>(() => WeChatRequestValidator.ValidateActivate(
            new WeChatActivateMemberCardRequest { Code = "123", MembershipNumber = "M1", InitCustomFieldValue1 = "白金会员等级" }));

        Assert.Equal("init_custom_field_value1", ex.FieldPath);
    }

    [Fact]
    public void The_showqrcode_url_encodes_the_ticket()
    {
        var url = WeChatQrCodeImage.UrlFor("gQH47joAAAAAAAAAASxodHRwOi8v+/=");

        Assert.Equal("https://mp.weixin.qq.com/cgi-bin/showqrcode?ticket=gQH47joAAAAAAAAAASxodHRwOi8v%2B%2F%3D", url.AbsoluteUri);
    }
}
