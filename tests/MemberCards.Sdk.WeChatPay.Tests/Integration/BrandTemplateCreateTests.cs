using System.Text.Json.Nodes;
using MemberCards.Sdk.WeChatPay.Tests.Support;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

/// <summary>
/// Issue 21: creating a card template as a brand (<c>POST /brand/card-member/cards</c>, B4015582711) through DI against
/// the emulator over real HTTP: brand-signed, no <c>brand_id</c>, an <c>out_request_no</c> generated once and kept when
/// the same request is sent again, and the emulator's rules (only NORMAL cards).
/// </summary>
public sealed class BrandTemplateCreateTests
{
    private static CreateCardTemplateRequest Template(string? outRequestNo = null) => TemplateRequests.Diamond(outRequestNo);

    [Fact]
    public async Task A_brand_creates_a_template_on_the_brand_direct_path_brand_signed_without_brand_id()
    {
        await using var harness = await BrandFamilyTests.BrandAsync();

        var created = await harness.Client.CreateCardTemplateAsync(Template("1004_20251122_0001"));

        Assert.Equal("钻石会员卡", created.CardTitle);
        Assert.Equal(CardType.Normal, created.CardType);
        Assert.Equal("1004", created.BrandId);
        Assert.Equal("CARD_EFFECTIVE", created.State);
        var request = Assert.Single(harness.Emulator.Host.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/brand/card-member/cards", request.PathAndQuery);
        Assert.Equal(
            """{"out_request_no":"1004_20251122_0001","appid":"wxea9c30a90fs8fa9f","card_type":"NORMAL","card_title":"钻石会员卡","card_color":"#FFFF00","card_picture_url":"https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0","code_mode":"SYSTEM_ALLOCATE","code_type":"BAR_CODE","benefits":"会员折扣、专属价","notify_url":"https://shop.example/notify","valid_date_information":{"type":"PERMANENT"}}""",
            request.BodyText);
        BrandFamilyTests.AssertBrandSigned(harness, request);
        var stored = harness.Emulator.GetCardTemplate(created.CardId!)!;
        Assert.Equal("1004", (string?)stored["brand_id"]);
        Assert.Equal("1004_20251122_0001", (string?)stored["out_request_no"]);
    }

    [Fact]
    public async Task A_missing_out_request_no_is_generated_once_and_the_same_request_sent_again_sends_the_same_key()
    {
        await using var harness = await BrandFamilyTests.BrandAsync();
        var request = Template();

        var first = await harness.Client.CreateCardTemplateAsync(request);
        var generated = request.OutRequestNo;
        var again = await harness.Client.CreateCardTemplateAsync(request);

        Assert.Matches("^[0-9a-f]{32}$", generated);
        Assert.Equal(generated, request.OutRequestNo);
        Assert.Equal(
            [generated, generated],
            harness.Emulator.Host.Requests.Select(r => (string?)JsonNode.Parse(r.BodyText)!["out_request_no"]));
        Assert.Equal(first.CardId, again.CardId);
        Assert.Equal(1, (await harness.Client.ListCardTemplatesAsync(new ListCardTemplatesRequest { BrandId = "1004" })).TotalCount);
    }

    [Fact]
    public async Task The_emulator_refuses_a_card_type_other_than_normal_naming_card_type()
    {
        await using var harness = await BrandFamilyTests.BrandAsync();
        var request = Template("1004_purchase") with { CardType = CardType.Purchase };

        var error = await Assert.ThrowsAsync<WeChatPayApiException>(() => harness.Client.CreateCardTemplateAsync(request));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("PARAM_ERROR", error.ErrorCode);
        Assert.Contains("only NORMAL cards can be created", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"card_type\":\"PURCHASE\"", Assert.Single(harness.Emulator.Host.Requests).BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_breaking_a_documented_limit_is_refused_before_anything_is_sent()
    {
        await using var harness = await BrandFamilyTests.BrandAsync();

        var color = await Assert.ThrowsAsync<MemberCardsValidationException>(() => harness.Client.CreateCardTemplateAsync(Template() with { CardColor = "yellow!" }));
        var jump = await Assert.ThrowsAsync<MemberCardsValidationException>(() => harness.Client.CreateCardTemplateAsync(Template() with { CodeType = "JUMP_MINI_PROGRAM" }));
        var title = await Assert.ThrowsAsync<MemberCardsValidationException>(() => harness.Client.CreateCardTemplateAsync(Template() with { CardTitle = "一二三四五六七八九十一" }));
        var key = await Assert.ThrowsAsync<MemberCardsValidationException>(() => harness.Client.CreateCardTemplateAsync(Template("has space")));

        Assert.Equal(["card_color", "code_jump_information", "card_title", "out_request_no"], new[] { color, jump, title, key }.Select(e => e.FieldPath));
        Assert.Empty(harness.Emulator.Host.Requests);
    }

    [Fact]
    public async Task A_partner_creates_from_the_same_request_on_the_partner_path_with_brand_id()
    {
        await using var harness = await Harness.PublicKeyModeAsync();

        var created = await harness.Client.CreateCardTemplateAsync(Template("1004_partner_1"));

        Assert.Equal("1004", created.BrandId);
        var request = Assert.Single(harness.Emulator.Host.Requests);
        Assert.Equal("/v3/brand/partner/card-member/cards", request.PathAndQuery);
        Assert.StartsWith("""{"out_request_no":"1004_partner_1","brand_id":"1004","appid":""", request.BodyText, StringComparison.Ordinal);
        Assert.StartsWith("WECHATPAY2-SHA256-RSA2048 mchid=", request.Header("Authorization"), StringComparison.Ordinal);
    }
}
