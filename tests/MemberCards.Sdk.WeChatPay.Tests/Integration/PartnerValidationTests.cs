using MemberCards.Sdk.WeChatPay.Tests.Support;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

/// <summary>
/// Every new partner request is checked before anything is sent: a missing required field, a field over its
/// documented limit, or a bad <c>out_request_no</c> is a <see cref="MemberCardsValidationException"/> naming the wire
/// field, and the emulator receives nothing.
/// </summary>
public sealed class PartnerValidationTests
{
    private const string CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0";
    private const string OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA";
    private const string Code = "478515832665";
    private static readonly DateTimeOffset Begin = new(2026, 2, 1, 0, 0, 0, TimeSpan.FromHours(8));

    private static readonly Dictionary<string, Func<IWeChatPayBrandCardClient, Task>> Cases = new(StringComparer.Ordinal)
    {
        ["invalidate template: card_id"] = c => c.InvalidateCardTemplateAsync(new InvalidateCardTemplateRequest { CardId = "", BrandId = "1004" }),
        ["invalidate template: brand_id"] = c => c.InvalidateCardTemplateAsync(new InvalidateCardTemplateRequest { CardId = CardId, BrandId = new string('b', 33) }),
        ["import by openid: user_card_code"] = c => c.ImportUserCardByOpenIdAsync(Import() with { UserCardCode = "" }),
        ["import by openid: level"] = c => c.ImportUserCardByOpenIdAsync(Import() with { Level = new string('级', 11) }),
        ["import by openid: card_color"] = c => c.ImportUserCardByOpenIdAsync(Import() with { CardColor = "#FFFF0G" }),
        ["import by openid: openid"] = c => c.ImportUserCardByOpenIdAsync(Import() with { OpenId = new string('o', 129) }),
        ["import by phone: phone_number"] = c => c.ImportUserCardByPhoneAsync(new ImportUserCardByPhoneRequest { UserCardCode = Code, BrandId = "1004", CardId = CardId }),
        ["update: openid"] = c => c.UpdateUserCardAsync(Update() with { OpenId = "" }),
        ["update: level"] = c => c.UpdateUserCardAsync(Update() with { Level = new string('级', 11) }),
        ["update: attach"] = c => c.UpdateUserCardAsync(Update() with { Attach = new string('a', 257) }),
        ["update: card_id"] = c => c.UpdateUserCardAsync(Update() with { CardId = new string('c', 33) }),
        ["update: user_card_code"] = c => c.UpdateUserCardAsync(Update() with { UserCardCode = new string('9', 33) }),
        ["confirm: openid"] = c => c.ConfirmUserCardAsync(Confirm() with { OpenId = "" }),
        ["confirm: card_id"] = c => c.ConfirmUserCardAsync(Confirm() with { CardId = "" }),
        ["confirm: user_card_confirm_state"] = c => c.ConfirmUserCardAsync(Confirm() with { UserCardConfirmState = UserCardConfirmState.Unknown }),
        ["confirm CREATE_CARD_ALREADY_EXISTS: user_card_confirm_state"] = c => c.ConfirmUserCardAsync(Confirm() with { UserCardConfirmState = UserCardConfirmState.CreateCardAlreadyExists }),
        ["template create: purchase_information.price"] = c => c.CreateCardTemplateAsync(TemplateRequests.Diamond() with { PurchaseInformation = new CardPurchaseInformation { Price = -1 } }),
        ["template create: purchase_information.jump_path"] = c => c.CreateCardTemplateAsync(TemplateRequests.Diamond() with { PurchaseInformation = new CardPurchaseInformation { Price = 9900, JumpAppId = "wxea9c30a90fs8d3fe", JumpPath = new string('p', 129) } }),
        ["template create: user_information.common_field_list[1]"] = c => c.CreateCardTemplateAsync(TemplateRequests.Diamond() with { UserInformation = new CardTemplateUserInformation { CommonFieldList = ["USER_FORM_FLAG_NAME", ""] } }),
        ["template create: user_information.custom_field_list"] = c => c.CreateCardTemplateAsync(TemplateRequests.Diamond() with { UserInformation = new CardTemplateUserInformation { CustomFieldList = [new CardTemplateCustomField { Type = "RADIO", Name = "a" }, new CardTemplateCustomField { Type = "RADIO", Name = "b" }] } }),
        ["template create: user_information.custom_field_list[0].values[0]"] = c => c.CreateCardTemplateAsync(TemplateRequests.Diamond() with { UserInformation = new CardTemplateUserInformation { CustomFieldList = [new CardTemplateCustomField { Type = "RADIO", Name = "口味", Values = ["九个字符的选项值啊啊"] }] } }),
        ["template patch: card_id"] = c => c.UpdateCardTemplateAsync(new UpdateCardTemplateRequest { CardId = "", BrandId = "1004", CardTitle = "黄金会员卡" }),
        ["template patch: card_title"] = c => c.UpdateCardTemplateAsync(new UpdateCardTemplateRequest { CardId = CardId, BrandId = "1004", CardTitle = new string('卡', 11) }),
        ["template patch: card_color"] = c => c.UpdateCardTemplateAsync(new UpdateCardTemplateRequest { CardId = CardId, BrandId = "1004", CardColor = "#FFFF0G" }),
        ["template patch: notify_url"] = c => c.UpdateCardTemplateAsync(new UpdateCardTemplateRequest { CardId = CardId, BrandId = "1004", NotifyUrl = new string('u', 257) }),
        ["template patch: code_jump_information.jump_appid"] = c => c.UpdateCardTemplateAsync(new UpdateCardTemplateRequest { CardId = CardId, BrandId = "1004", CodeJumpInformation = new CardJumpInformation { JumpAppId = "", JumpPath = "/p" } }),
        ["template patch: purchase_information.jump_appid"] = c => c.UpdateCardTemplateAsync(new UpdateCardTemplateRequest { CardId = CardId, BrandId = "1004", PurchaseInformation = new CardPurchaseInformation { JumpAppId = new string('w', 33) } }),
        ["template patch: user_information.custom_field_list[0].values"] = c => c.UpdateCardTemplateAsync(new UpdateCardTemplateRequest { CardId = CardId, BrandId = "1004", UserInformation = new CardTemplateUserInformation { CustomFieldList = [new CardTemplateCustomField { Type = "CHECK_BOX", Name = "爱好", Values = [.. Enumerable.Range(0, 11).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))] }] } }),
        ["template list: limit"] = c => c.ListCardTemplatesAsync(new ListCardTemplatesRequest { BrandId = "1004", Limit = 21 }),
        ["confirm: card_color"] = c => c.ConfirmUserCardAsync(Confirm() with { CardColor = "red" }),
        ["invalidate: openid"] = c => c.InvalidateUserCardAsync(Invalidate() with { OpenId = "" }),
        ["invalidate: card_id"] = c => c.InvalidateUserCardAsync(Invalidate() with { CardId = "" }),
        ["invalidate: invalid_reason"] = c => c.InvalidateUserCardAsync(Invalidate() with { InvalidReason = new string('因', 33) }),
        ["pre-auth token: openid"] = c => c.CreatePreAuthTokenAsync(new CreateMemberTokenRequest { BrandId = "1004", CardId = CardId, OpenId = "" }),
        ["pay-view token: card_id"] = c => c.CreatePayViewTokenAsync(new CreateMemberTokenRequest { BrandId = "1004", CardId = new string('c', 33), OpenId = OpenId }),
        ["user feed: cell"] = c => c.CreateUserFeedAsync(Feed() with { Cell = new string('1', 129) }),
        ["user feed: out_request_no"] = c => c.CreateUserFeedAsync(Feed() with { OutRequestNo = "has space" }),
        ["user feed: out_request_no too long"] = c => c.CreateUserFeedAsync(Feed() with { OutRequestNo = new string('k', 65) }),
        ["points sync: brand_id"] = c => c.SyncUserPointsAsync(Sync() with { BrandId = new string('b', 17) }),
        ["points sync: point_balance"] = c => c.SyncUserPointsAsync(Sync() with { PointBalance = -1 }),
        ["points sync: out_request_no"] = c => c.SyncUserPointsAsync(Sync() with { OutRequestNo = new string('k', 129) }),
        ["exchange: reject_reason"] = c => c.ConfirmPointExchangeAsync(Exchange() with { Result = PointExchangeResult.Reject }),
        ["exchange: result"] = c => c.ConfirmPointExchangeAsync(Exchange() with { Result = PointExchangeResult.Unknown }),
        ["exchange: record_id"] = c => c.ConfirmPointExchangeAsync(Exchange() with { RecordId = new string('r', 65) }),
        ["activity: end_time"] = c => c.CreateMembershipActivityAsync(Activity() with { EndTime = Begin }),
        ["activity: product_coupon_stock_list"] = c => c.CreateMembershipActivityAsync(Activity() with { ProductCouponStockList = [] }),
        ["activity: apply_total"] = c => c.CreateMembershipActivityAsync(Activity() with { ApplyTotal = 0 }),
        ["activity: title"] = c => c.CreateMembershipActivityAsync(Activity() with { Title = new string('t', 129) }),
        ["activity list: limit"] = c => c.ListMembershipActivitiesAsync(new ListMembershipActivitiesRequest { BrandId = "1004", Limit = 21 }),
        ["activity get: activity_id"] = c => c.GetMembershipActivityAsync(new GetMembershipActivityRequest { BrandId = "1004", ActivityId = "" }),
        ["activity patch: sub_title"] = c => c.UpdateMembershipActivityAsync(new UpdateMembershipActivityRequest { ActivityId = "1", BrandId = "1004", Title = "t", SubTitle = "", BeginTime = Begin, EndTime = Begin.AddDays(1) }),
        ["activity terminate: brand_id"] = c => c.TerminateMembershipActivityAsync(new TerminateMembershipActivityRequest { ActivityId = "1", BrandId = "" }),
    };

    public static TheoryData<string> CaseNames() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task A_bad_request_is_refused_naming_the_wire_field_and_nothing_is_sent(string name)
    {
        await using var harness = await Harness.PublicKeyModeAsync();

        var error = await Assert.ThrowsAsync<MemberCardsValidationException>(() => Cases[name](harness.Client));

        var field = name[(name.IndexOf(": ", StringComparison.Ordinal) + 2)..].Replace(" too long", string.Empty, StringComparison.Ordinal);
        Assert.Equal(field, error.FieldPath);
        Assert.Equal(WeChatPayConstants.ServiceName, error.Service);
        Assert.DoesNotContain(harness.Emulator.Host.Requests, r => r.Path != "/v3/certificates");
    }

    [Fact]
    public async Task A_refused_request_keeps_no_generated_key_and_a_valid_one_gets_one()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        var bad = Feed() with { Cell = "" };
        var good = Feed();

        await Assert.ThrowsAsync<MemberCardsValidationException>(() => harness.Client.CreateUserFeedAsync(bad));
        await harness.Client.CreateUserFeedAsync(good);

        Assert.Null(bad.OutRequestNo);
        Assert.NotNull(good.OutRequestNo);
    }

    private static UpdateUserCardRequest Update() => new() { UserCardCode = Code, BrandId = "1004", CardId = CardId, OpenId = OpenId, Level = "Gold" };

    private static ConfirmUserCardRequest Confirm() => new() { UserCardCode = Code, BrandId = "1004", CardId = CardId, OpenId = OpenId, UserCardConfirmState = UserCardConfirmState.CreateCardSuccess };

    private static InvalidateUserCardRequest Invalidate() => new() { UserCardCode = Code, BrandId = "1004", CardId = CardId, OpenId = OpenId, InvalidReason = "用户申请注销" };

    private static ImportUserCardByOpenIdRequest Import() => new() { UserCardCode = Code, BrandId = "1004", CardId = CardId, OpenId = OpenId };

    private static CreateUserFeedRequest Feed() => new() { BrandId = "1004", CardId = CardId, UserCardCode = Code, OpenId = OpenId, Cell = "1_100" };

    private static SyncUserPointsRequest Sync() => new() { BrandId = "1004", CardId = CardId, OpenId = OpenId, UserCardCode = Code, PointBalance = 10 };

    private static ConfirmPointExchangeRequest Exchange() => new() { RecordId = "rec-1", ExchangeCouponTemplateId = "tpl-1", BrandId = "1004", CardId = CardId, OpenId = OpenId, UserCardCode = Code, Result = PointExchangeResult.Allow };

    private static CreateMembershipActivityRequest Activity() => new()
    {
        BrandId = "1004",
        CardId = CardId,
        Title = "入会享券",
        SubTitle = "5张满减券",
        BeginTime = Begin,
        EndTime = Begin.AddDays(28),
        ApplyTotal = 1000,
        ProductCouponStockList = [new ProductCouponStock { ProductCouponId = "1000000013", StockId = "98065001" }],
    };
}
