using MemberCards.Sdk.WeChatPay.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

/// <summary>
/// Issue 21: the operations a brand registration (<see cref="WeChatPayFamily.Brand"/>) sends to the brand-direct family
/// beyond those of <see cref="BrandFamilyTests"/>: user-card invalidate, import by openid, pre-auth tokens, user feeds and
/// the points-for-coupon confirm. Each goes through DI against the emulator over real HTTP; each test asserts what the
/// emulator received (the path under <c>/brand/card-member</c>, the exact body without <c>brand_id</c>, the brand
/// Authorization verified with the brand key, <c>Wechatpay-Serial: PUB_KEY_ID_…</c>) and the typed answer.
/// </summary>
public sealed class BrandOperationTests
{
    private const string Code = "478515832665";
    private const string CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0";
    private const string OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA";

    [Fact]
    public async Task A_brand_invalidates_a_user_card_with_card_id_in_the_body_and_no_brand_id()
    {
        await using var harness = await BrandFamilyTests.BrandAsync();

        var card = await harness.Client.InvalidateUserCardAsync(new InvalidateUserCardRequest { UserCardCode = Code, BrandId = "1004", CardId = CardId, OpenId = OpenId, InvalidReason = "用户申请注销" });

        Assert.Equal(UserCardState.Invalid, card.UserCardState);
        Assert.Equal("用户申请注销", card.InvalidReason);
        Assert.NotNull(card.InvalidTime);
        Assert.Equal("13800138000", card.PhoneNumber!.Reveal());
        var request = Assert.Single(harness.Emulator.Host.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/brand/card-member/user-cards/{Code}/invalidate", request.PathAndQuery);
        Assert.Equal($$"""{"card_id":"{{CardId}}","openid":"{{OpenId}}","invalid_reason":"用户申请注销"}""", request.BodyText);
        BrandFamilyTests.AssertBrandSigned(harness, request);
        Assert.Equal("INVALID", (string?)harness.Emulator.GetUserCard(Code)!["user_card_state"]);
    }

    [Fact]
    public async Task A_brand_imports_a_card_by_openid_encrypted_to_the_public_key_it_names_and_without_brand_id()
    {
        await using var harness = await BrandFamilyTests.BrandAsync();
        var import = ImportRequests.ByOpenId();

        var card = await harness.Client.ImportUserCardByOpenIdAsync(import);

        Assert.Equal("900000000010", card.UserCardCode);
        Assert.Equal(UserCardState.Effective, card.UserCardState);
        Assert.Equal("13800138000", card.PhoneNumber!.Reveal());
        var request = Assert.Single(harness.Emulator.Host.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/brand/card-member/user-cards/import-by-openid", request.PathAndQuery);
        Assert.Equal(
            $$"""{"user_card_code":"900000000010","card_id":"{{CardId}}","openid":"{{OpenId}}","phone_number":"13800138000","level":"金卡"}""",
            PartnerOperationTests.Decrypted(request.BodyText, harness));
        Assert.DoesNotContain("13800138000", request.BodyText, StringComparison.Ordinal);
        BrandFamilyTests.AssertBrandSigned(harness, request);
        Assert.Equal("1004", (string?)harness.Emulator.GetUserCard("900000000010")!["brand_id"]);
    }

    [Fact]
    public async Task A_brand_gets_a_pre_auth_token_that_lives_an_hour_with_a_body_of_card_and_user_only()
    {
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await using var harness = await BrandFamilyTests.BrandAsync(time: new FakeTimeProvider(start));

        var token = await harness.Client.CreatePreAuthTokenAsync(new CreateMemberTokenRequest { BrandId = "1004", CardId = CardId, OpenId = OpenId });

        Assert.Equal(32, token.Token!.Length);
        Assert.Equal(start.AddHours(1), token.ExpireTime);
        var request = Assert.Single(harness.Emulator.Host.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/brand/card-member/pre-auth-tokens", request.PathAndQuery);
        Assert.Equal($$"""{"card_id":"{{CardId}}","openid":"{{OpenId}}"}""", request.BodyText);
        BrandFamilyTests.AssertBrandSigned(harness, request);
    }

    [Fact]
    public async Task A_brand_posts_a_user_feed_without_brand_id_and_reads_the_echo()
    {
        await using var harness = await BrandFamilyTests.BrandAsync();

        var feed = await harness.Client.CreateUserFeedAsync(new CreateUserFeedRequest { BrandId = "1004", CardId = CardId, UserCardCode = Code, OpenId = OpenId, OutRequestNo = "feed-20260101-1", Cell = "1_100" });

        Assert.Equal(("feed-20260101-1", "1_100", Code, CardId, OpenId), (feed.OutRequestNo, feed.Cell, feed.UserCardCode, feed.CardId, feed.OpenId));
        var request = Assert.Single(harness.Emulator.Host.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/brand/card-member/user-feeds", request.PathAndQuery);
        Assert.Equal($$"""{"card_id":"{{CardId}}","user_card_code":"{{Code}}","openid":"{{OpenId}}","out_request_no":"feed-20260101-1","cell":"1_100"}""", request.BodyText);
        BrandFamilyTests.AssertBrandSigned(harness, request);
        Assert.Single(harness.Emulator.UserFeeds);
    }

    [Fact]
    public async Task A_brand_confirms_a_points_exchange_without_brand_id_and_reads_the_state_and_coupon()
    {
        await using var harness = await BrandFamilyTests.BrandAsync();
        var allowed = await harness.Client.ConfirmPointExchangeAsync(PointExchangeRequests.Confirm(PointExchangeResult.Allow));
        var rejected = await harness.Client.ConfirmPointExchangeAsync(PointExchangeRequests.Confirm(PointExchangeResult.Reject, "积分不足"));

        Assert.Equal(("POINT_EXCHANGE_COUPON_SUCCESS", PointExchangeResult.Allow, "EMUrec-1", "98065001"), (allowed.State, allowed.Result, allowed.CouponCode, allowed.StockId));
        Assert.Equal(("POINT_EXCHANGE_COUPON_FAIL", PointExchangeResult.Reject, "积分不足"), (rejected.State, rejected.Result, rejected.RejectReason));
        Assert.Null(rejected.CouponCode);
        var requests = harness.Emulator.Host.Requests;
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.Equal("POST /brand/card-member/user-points/exchange-coupon/confirm", $"{r.Method} {r.PathAndQuery}"));
        Assert.Equal($$"""{"record_id":"rec-1","exchange_coupon_template_id":"tpl-1","card_id":"{{CardId}}","openid":"{{OpenId}}","user_card_code":"{{Code}}","result":"POINT_EXCHANGE_COUPON_ALLOW"}""", requests[0].BodyText);
        Assert.Equal($$"""{"record_id":"rec-1","exchange_coupon_template_id":"tpl-1","card_id":"{{CardId}}","openid":"{{OpenId}}","user_card_code":"{{Code}}","result":"POINT_EXCHANGE_COUPON_REJECT","reject_reason":"积分不足"}""", requests[1].BodyText);
        Assert.All(requests, r => BrandFamilyTests.AssertBrandSigned(harness, r));
    }
}
