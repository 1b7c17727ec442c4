using System.Globalization;
using System.Text.Json.Nodes;
using MemberCards.Sdk.Security;
using MemberCards.Sdk.Testing;
using MemberCards.Sdk.WeChatPay.Tests.Support;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

/// <summary>
/// Issue 21: a brand registration (<see cref="WeChatPayFamily.Brand"/>) through DI against the emulator over real HTTP:
/// the brand-direct paths, the brand scheme, the public key id on every request, no <c>brand_id</c> on the wire.
/// </summary>
public sealed class BrandFamilyTests
{
    private const string Code = "478515832665";
    private const string CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0";
    private const string OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA";

    internal static Task<Harness> BrandAsync(string brandId = "1004", TimeProvider? time = null) => Harness.PublicKeyModeAsync(
        o =>
        {
            o.Family = WeChatPayFamily.Brand;
            o.BrandId = brandId;
            o.MerchantId = null;
        },
        time);

    internal static void AssertBrandSigned(Harness harness, RecordedRequest request)
    {
        var authorization = request.Header("Authorization")!;
        Assert.StartsWith("WECHATPAY-BRAND-SHA256-RSA2048 brand_id=\"1004\",nonce_str=\"", authorization, StringComparison.Ordinal);
        var pairs = authorization["WECHATPAY-BRAND-SHA256-RSA2048 ".Length..].Split(',');
        Assert.Equal(["brand_id", "nonce_str", "signature", "timestamp", "serial_no"], pairs.Select(p => p[..p.IndexOf('=', StringComparison.Ordinal)]));
        var fields = pairs.ToDictionary(p => p[..p.IndexOf('=', StringComparison.Ordinal)], p => p[(p.IndexOf('=', StringComparison.Ordinal) + 2)..^1]);
        Assert.Equal(harness.Emulator.MerchantKey.SerialNumber, fields["serial_no"]);
        var message = RequestSignature.BuildMessage(request.Method, request.PathAndQuery, long.Parse(fields["timestamp"], CultureInfo.InvariantCulture), fields["nonce_str"], request.Body.Span);
        Assert.True(RsaSha256.Verify(harness.Emulator.MerchantKey.Rsa, message, fields["signature"]));
        Assert.Equal(harness.Emulator.PublicKeyId, request.Header("Wechatpay-Serial"));
    }

    [Fact]
    public async Task A_brand_gets_a_user_card_on_the_brand_direct_path_without_brand_id()
    {
        await using var harness = await BrandAsync();

        var card = await harness.Client.GetUserCardAsync(Harness.SampleGet());

        Assert.Equal(Code, card.UserCardCode);
        Assert.Equal("13800138000", card.PhoneNumber!.Reveal());
        var request = Assert.Single(harness.Emulator.Host.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal($"/brand/card-member/user-cards/{Code}?card_id={CardId}&openid={OpenId}", request.PathAndQuery);
        Assert.Equal(0, request.Body.Length);
        AssertBrandSigned(harness, request);
        Assert.Equal(0, harness.Keys.DownloadCount);
    }

    [Fact]
    public async Task A_brand_patches_a_user_card_with_card_id_in_the_query_and_no_brand_id_in_the_body()
    {
        await using var harness = await BrandAsync();

        var card = await harness.Client.UpdateUserCardAsync(new UpdateUserCardRequest { UserCardCode = Code, CardId = CardId, BrandId = "1004", OpenId = OpenId, Level = "金卡" });

        Assert.Equal("金卡", card.Level);
        var request = Assert.Single(harness.Emulator.Host.Requests);
        Assert.Equal("PATCH", request.Method);
        Assert.Equal($"/brand/card-member/user-cards/{Code}?card_id={CardId}", request.PathAndQuery);
        Assert.Equal($$"""{"openid":"{{OpenId}}","level":"金卡"}""", request.BodyText);
        AssertBrandSigned(harness, request);
        Assert.Equal("金卡", (string?)harness.Emulator.GetUserCard(Code)!["level"]);
    }

    [Fact]
    public async Task The_emulator_refuses_a_brand_signature_that_names_another_brand()
    {
        await using var harness = await BrandAsync(brandId: "2002");
        var get = Harness.SampleGet();
        get.BrandId = null;

        var error = await Assert.ThrowsAsync<WeChatPayApiException>(() => harness.Client.GetUserCardAsync(get));

        Assert.Equal(401, error.StatusCode);
        Assert.Equal("SIGN_ERROR", error.ErrorCode);
        var request = Assert.Single(harness.Emulator.Host.Requests);
        Assert.StartsWith("WECHATPAY-BRAND-SHA256-RSA2048 brand_id=\"2002\",", request.Header("Authorization"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_brand_lists_its_user_cards_by_openid_alone()
    {
        await using var harness = await BrandAsync();

        var page = await harness.Client.ListUserCardsAsync(new ListUserCardsRequest { BrandId = "1004", OpenId = OpenId });

        Assert.Equal(Code, Assert.Single(page.Data!).UserCardCode);
        var request = Assert.Single(harness.Emulator.Host.Requests);
        Assert.Equal($"/brand/card-member/user-cards?openid={OpenId}&offset=0&limit=20", request.PathAndQuery);
        AssertBrandSigned(harness, request);
    }

    [Fact]
    public async Task A_brand_syncs_points_with_a_body_that_names_no_brand()
    {
        await using var harness = await BrandAsync();

        var balance = await harness.Client.SyncUserPointsAsync(new SyncUserPointsRequest { OutRequestNo = "sync-1", BrandId = "1004", CardId = CardId, OpenId = OpenId, UserCardCode = Code, PointBalance = 120 });

        Assert.Equal(120, balance.PointBalance);
        var request = Assert.Single(harness.Emulator.Host.Requests);
        Assert.Equal("/brand/card-member/user-points/sync", request.PathAndQuery);
        Assert.Equal($$"""{"out_request_no":"sync-1","card_id":"{{CardId}}","openid":"{{OpenId}}","user_card_code":"{{Code}}","point_balance":120}""", request.BodyText);
        AssertBrandSigned(harness, request);
    }

    [Fact]
    public async Task A_brand_confirms_a_card_with_the_partner_body_minus_brand_id()
    {
        await using var harness = await BrandAsync();

        var card = await harness.Client.ConfirmUserCardAsync(new ConfirmUserCardRequest { UserCardCode = "778899", BrandId = "1004", CardId = CardId, OpenId = OpenId, UserCardConfirmState = UserCardConfirmState.CreateCardSuccess });

        Assert.Equal(UserCardState.Effective, card.UserCardState);
        var request = Assert.Single(harness.Emulator.Host.Requests);
        Assert.Equal("/brand/card-member/user-cards/778899/confirm", request.PathAndQuery);
        Assert.Equal($$"""{"card_id":"{{CardId}}","openid":"{{OpenId}}","user_card_confirm_state":"CREATE_CARD_SUCCESS"}""", request.BodyText);
        AssertBrandSigned(harness, request);
        Assert.Equal("1004", (string?)harness.Emulator.GetUserCard("778899")!["brand_id"]);
    }

    [Fact]
    public async Task A_brand_gets_a_card_template_on_the_brand_direct_path_with_no_query()
    {
        await using var harness = await BrandAsync();
        var id = harness.Emulator.AddCardTemplate(new JsonObject { ["brand_id"] = "1004", ["card_title"] = "钻石会员卡", ["card_type"] = "NORMAL" });

        var template = await harness.Client.GetCardTemplateAsync(new GetCardTemplateRequest { BrandId = "1004", CardId = id });

        Assert.Equal("钻石会员卡", template.CardTitle);
        Assert.Equal(CardType.Normal, template.CardType);
        var request = Assert.Single(harness.Emulator.Host.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal($"/brand/card-member/cards/{id}", request.PathAndQuery);
        Assert.Equal(0, request.Body.Length);
        AssertBrandSigned(harness, request);
    }

    [Fact]
    public async Task A_brand_lists_card_templates_with_state_and_no_brand_id()
    {
        await using var harness = await BrandAsync();
        var effective = harness.Emulator.AddCardTemplate(new JsonObject { ["brand_id"] = "1004", ["card_title"] = "钻石会员卡" });
        harness.Emulator.AddCardTemplate(new JsonObject { ["brand_id"] = "2002", ["card_title"] = "其他品牌" });

        var all = await harness.Client.ListCardTemplatesAsync(new ListCardTemplatesRequest { BrandId = "1004" });
        var invalid = await harness.Client.ListCardTemplatesAsync(new ListCardTemplatesRequest { BrandId = "1004", State = "CARD_INVALID", Offset = 0, Limit = 10 });

        Assert.Equal(effective, Assert.Single(all.Data!).CardId);
        Assert.Equal(0, invalid.TotalCount);
        Assert.Equal(
            ["/brand/card-member/cards?offset=0&limit=20", "/brand/card-member/cards?state=CARD_INVALID&offset=0&limit=10"],
            harness.Emulator.Host.Requests.Select(r => r.PathAndQuery));
        Assert.All(harness.Emulator.Host.Requests, r => AssertBrandSigned(harness, r));
    }

    [Fact]
    public async Task A_brand_updates_a_card_template_with_no_brand_id_in_the_body()
    {
        await using var harness = await BrandAsync();
        var id = harness.Emulator.AddCardTemplate(new JsonObject { ["brand_id"] = "1004", ["card_title"] = "钻石会员卡" });

        var template = await harness.Client.UpdateCardTemplateAsync(new UpdateCardTemplateRequest { CardId = id, BrandId = "1004", CardTitle = "黄金会员卡", NotifyUrl = "https://example.com/n2" });

        Assert.Equal("黄金会员卡", template.CardTitle);
        var request = Assert.Single(harness.Emulator.Host.Requests);
        Assert.Equal("PATCH", request.Method);
        Assert.Equal($"/brand/card-member/cards/{id}", request.PathAndQuery);
        Assert.Equal("""{"card_title":"黄金会员卡","notify_url":"https://example.com/n2"}""", request.BodyText);
        AssertBrandSigned(harness, request);
        Assert.Equal("https://example.com/n2", (string?)harness.Emulator.GetCardTemplate(id)!["notify_url"]);
    }

    [Fact]
    public async Task A_brand_invalidates_a_card_template_with_no_body_and_then_lists_it_as_invalid()
    {
        await using var harness = await BrandAsync();
        var id = harness.Emulator.AddCardTemplate(new JsonObject { ["brand_id"] = "1004", ["card_title"] = "钻石会员卡" });

        var invalidated = await harness.Client.InvalidateCardTemplateAsync(new InvalidateCardTemplateRequest { BrandId = "1004", CardId = id });
        var page = await harness.Client.ListCardTemplatesAsync(new ListCardTemplatesRequest { BrandId = "1004", State = "CARD_INVALID" });

        Assert.Equal("CARD_INVALID", invalidated.State);
        Assert.Equal(id, Assert.Single(page.Data!).CardId);
        var request = harness.Emulator.Host.Requests.First();
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/brand/card-member/cards/{id}/invalidate", request.PathAndQuery);
        Assert.Equal(0, request.Body.Length);
        AssertBrandSigned(harness, request);
    }

    [Fact]
    public async Task A_partner_lists_card_templates_with_state_after_brand_id()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        harness.Emulator.AddCardTemplate(new JsonObject { ["brand_id"] = "1004", ["card_title"] = "钻石会员卡" });

        var page = await harness.Client.ListCardTemplatesAsync(new ListCardTemplatesRequest { BrandId = "1004", State = "CARD_EFFECTIVE" });

        Assert.Equal(1, page.TotalCount);
        Assert.Equal("/v3/brand/partner/card-member/cards?brand_id=1004&state=CARD_EFFECTIVE&offset=0&limit=20", Assert.Single(harness.Emulator.Host.Requests).PathAndQuery);
    }

    [Fact]
    public async Task An_operation_not_yet_routed_to_the_brand_direct_family_sends_nothing()
    {
        await using var harness = await BrandAsync();

        var error = await Assert.ThrowsAsync<NotSupportedException>(() => harness.Client.DeleteCardTemplateAsync(new DeleteCardTemplateRequest { BrandId = "1004", CardId = CardId }));

        Assert.Contains("DeleteCardTemplateAsync is not available to a brand registration (WeChatPayOptions.Family = Brand)", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Emulator.Host.Requests);
    }

    [Fact]
    public async Task A_partner_registration_still_signs_with_mchid_on_the_partner_path()
    {
        await using var harness = await Harness.PublicKeyModeAsync(o => o.BrandId = "1004");

        await harness.Client.GetUserCardAsync(Harness.SampleGet());

        var request = Assert.Single(harness.Emulator.Host.Requests);
        Assert.StartsWith("/v3/brand/partner/card-member/user-cards/", request.Path, StringComparison.Ordinal);
        Assert.StartsWith("WECHATPAY2-SHA256-RSA2048 mchid=", request.Header("Authorization"), StringComparison.Ordinal);
    }
}
