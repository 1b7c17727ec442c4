using System.Text;
using MemberCards.Sdk.WeChatPay.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

/// <summary>
/// The template and confirm rules of the brand member card reference (§1 rows 1, 2, 4 and 10), on both sides of the
/// wire, through DI against the emulator over real HTTP: the SDK's template PATCH sends only the fields the PATCH schema
/// allows, and the emulator refuses any other; a partner create needs the same fields as a brand-direct one; a list
/// page is 1 to 20; the partner confirm takes <c>CREATE_CARD_SUCCESS</c> or <c>CREATE_CARD_FAIL</c> only. Raw requests
/// go through a host interface on the registration's pipeline (signed as the SDK signs).
/// </summary>
public sealed class TemplateRulesTests
{
    private const string CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0";
    private const string OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA";

    /// <summary>A complete partner create body (every field row 1 requires), with <c>{extra}</c> fields spliced in front of its end.</summary>
    private const string CreateBody = """{"out_request_no":"1004_raw_0001","brand_id":"1004","appid":"wxea9c30a90fs8fa9f","card_type":"NORMAL","card_title":"钻石会员卡","card_color":"#FFFF00","card_picture_url":"https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0","code_mode":"SYSTEM_ALLOCATE","code_type":"BAR_CODE","benefits":"会员折扣、专属价","notify_url":"https://shop.example/notify","valid_date_information":{"type":"PERMANENT"}}""";

    private static Task<Harness> PartnerWithRawApiAsync() => Harness.StartAsync((e, o) => e.ConfigurePublicKeyMode(o), null, null, b => b.AddApi<IPartnerTemplateRulesApi>(), null);

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task The_sdk_s_template_patch_body_holds_the_patchable_fields_only_and_the_fixed_ones_stay()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        var id = (await harness.Client.CreateCardTemplateAsync(TemplateRequests.Diamond("1004_patch_0001"))).CardId!;
        harness.Emulator.ClearRequests();

        var updated = await harness.Client.UpdateCardTemplateAsync(new UpdateCardTemplateRequest
        {
            CardId = id,
            BrandId = "1004",
            CardTitle = "黄金会员卡",
            CardColor = "#63B359",
            CardPictureUrl = "https://example.com/gold.png",
            CodeJumpInformation = TemplateRequests.MiniProgram("code"),
            Benefits = "金卡折扣",
            NotifyUrl = "https://shop.example/n2",
            NeedPinned = false,
            NeedDisplayLevel = true,
            InitLevel = "黄金会员",
            ServicePhone = "010-1234",
            LegalAgreement = "新协议",
            ValidDateInformation = new ValidDateInformation { Type = ValidityType.FixTerm, AvailableDayAfterReceive = 30 },
            MemberInformation = TemplateRequests.MiniProgram("member"),
            PointsInformation = TemplateRequests.MiniProgram("points"),
            BalanceInformation = TemplateRequests.MiniProgram("balance"),
            PurchaseInformation = new CardPurchaseInformation { Price = 19900, JumpAppId = "wxea9c30a90fs8d3fe", JumpPath = "/pages/buy/buy" },
            UserInformation = new CardTemplateUserInformation { CommonFieldList = ["USER_FORM_FLAG_SEX"] },
        });

        var request = Assert.Single(harness.Emulator.Host.Requests);
        Assert.Equal($"PATCH /v3/brand/partner/card-member/cards/{id}", $"{request.Method} {request.PathAndQuery}");
        Assert.Equal(
            """{"brand_id":"1004","card_title":"黄金会员卡","card_color":"#63B359","card_picture_url":"https://example.com/gold.png","code_jump_information":{"jump_appid":"wxea9c30a90fs8d3fe","jump_path":"/pages/code/code"},"benefits":"金卡折扣","notify_url":"https://shop.example/n2","need_pinned":false,"need_display_level":true,"init_level":"黄金会员","service_phone":"010-1234","legal_agreement":"新协议","valid_date_information":{"type":"FIX_TERM","available_day_after_receive":30},"member_information":{"jump_appid":"wxea9c30a90fs8d3fe","jump_path":"/pages/member/member"},"points_information":{"jump_appid":"wxea9c30a90fs8d3fe","jump_path":"/pages/points/points"},"balance_information":{"jump_appid":"wxea9c30a90fs8d3fe","jump_path":"/pages/balance/balance"},"purchase_information":{"price":19900,"jump_appid":"wxea9c30a90fs8d3fe","jump_path":"/pages/buy/buy"},"user_information":{"common_field_list":["USER_FORM_FLAG_SEX"]}}""",
            request.BodyText);
        Assert.Equal(("黄金会员卡", 19900L, "USER_FORM_FLAG_SEX"), (updated.CardTitle, updated.PurchaseInformation!.Price!.Value, Assert.Single(updated.UserInformation!.CommonFieldList!)));
        Assert.Equal(("wxea9c30a90fs8fa9f", "SYSTEM_ALLOCATE", "BAR_CODE", "1004_patch_0001"), (updated.AppId, updated.CodeMode, updated.CodeType, updated.OutRequestNo));
    }

    [Theory]
    [InlineData("code_type", "\"QR_CODE\"")]
    [InlineData("code_mode", "\"MERCHANT_ALLOCATE\"")]
    [InlineData("appid", "\"wxd678efh567hg6787\"")]
    [InlineData("card_type", "\"NORMAL\"")]
    [InlineData("card_id", "\"pEmu99999999\"")]
    [InlineData("state", "\"CARD_INVALID\"")]
    [InlineData("create_time", "\"2026-01-01T00:00:00+08:00\"")]
    [InlineData("modify_time", "\"2026-01-01T00:00:00+08:00\"")]
    [InlineData("out_request_no", "\"1004_raw_0002\"")]
    public async Task The_emulator_refuses_a_template_patch_carrying_a_field_the_patch_schema_lacks(string field, string value)
    {
        await using var harness = await PartnerWithRawApiAsync();
        var api = harness.Services.GetRequiredService<IPartnerTemplateRulesApi>();
        var id = (await harness.Client.CreateCardTemplateAsync(TemplateRequests.Diamond("1004_raw_0001"))).CardId!;

        var error = await Assert.ThrowsAsync<WeChatPayApiException>(() => api.PatchAsync(id, Json($$"""{"brand_id":"1004","card_title":"黄金会员卡","{{field}}":{{value}}}""")));

        Assert.Equal((400, WeChatPayConstants.ParamErrorCode), (error.StatusCode, error.ErrorCode));
        Assert.Contains($"{field} 不可修改", error.Message, StringComparison.Ordinal);
        var stored = harness.Emulator.GetCardTemplate(id)!;
        Assert.Equal(("钻石会员卡", "BAR_CODE", "CARD_EFFECTIVE"), ((string?)stored["card_title"], (string?)stored["code_type"], (string?)stored["state"]));
    }

    [Fact]
    public async Task The_emulator_applies_a_raw_template_patch_of_patchable_fields()
    {
        await using var harness = await PartnerWithRawApiAsync();
        var api = harness.Services.GetRequiredService<IPartnerTemplateRulesApi>();
        var id = (await harness.Client.CreateCardTemplateAsync(TemplateRequests.Diamond("1004_raw_0001"))).CardId!;

        await api.PatchAsync(id, Json("""{"brand_id":"1004","card_title":"黄金会员卡","user_information":{"common_field_list":["USER_FORM_FLAG_EMAIL"]}}"""));

        var stored = harness.Emulator.GetCardTemplate(id)!;
        Assert.Equal("黄金会员卡", (string?)stored["card_title"]);
        Assert.Equal("""{"common_field_list":["USER_FORM_FLAG_EMAIL"]}""", stored["user_information"]!.ToJsonString());
    }

    [Theory]
    [InlineData("out_request_no")]
    [InlineData("brand_id")]
    [InlineData("appid")]
    [InlineData("card_type")]
    [InlineData("card_title")]
    [InlineData("card_color")]
    [InlineData("card_picture_url")]
    [InlineData("code_mode")]
    [InlineData("code_type")]
    [InlineData("benefits")]
    [InlineData("notify_url")]
    [InlineData("valid_date_information")]
    public async Task The_emulator_refuses_a_partner_create_without_a_field_row_1_requires(string field)
    {
        await using var harness = await PartnerWithRawApiAsync();
        var api = harness.Services.GetRequiredService<IPartnerTemplateRulesApi>();
        var body = System.Text.Json.Nodes.JsonNode.Parse(CreateBody)!.AsObject();
        body.Remove(field);

        var error = await Assert.ThrowsAsync<WeChatPayApiException>(() => api.CreateAsync(Json(body.ToJsonString())));

        Assert.Equal((400, WeChatPayConstants.ParamErrorCode), (error.StatusCode, error.ErrorCode));
        Assert.Contains($"{field} is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_emulator_accepts_a_complete_partner_create_and_keeps_purchase_and_user_information_as_sent()
    {
        await using var harness = await PartnerWithRawApiAsync();
        var api = harness.Services.GetRequiredService<IPartnerTemplateRulesApi>();
        const string Purchase = """{"price":9900,"jump_appid":"wxea9c30a90fs8d3fe","jump_path":"/pages/buy/buy"}""";
        const string Form = """{"common_field_list":["USER_FORM_FLAG_NAME"]}""";

        await api.CreateAsync(Json(CreateBody[..^1] + $$""","purchase_information":{{Purchase}},"user_information":{{Form}}}"""));
        var id = Assert.Single((await harness.Client.ListCardTemplatesAsync(new ListCardTemplatesRequest { BrandId = "1004" })).Data!).CardId!;
        var read = await harness.Client.GetCardTemplateAsync(new GetCardTemplateRequest { BrandId = "1004", CardId = id });

        var stored = harness.Emulator.GetCardTemplate(id)!;
        Assert.Equal((Purchase, Form), (stored["purchase_information"]!.ToJsonString(), stored["user_information"]!.ToJsonString()));
        Assert.Equal(new CardPurchaseInformation { Price = 9900, JumpAppId = "wxea9c30a90fs8d3fe", JumpPath = "/pages/buy/buy" }, read.PurchaseInformation);
        Assert.Equal("USER_FORM_FLAG_NAME", Assert.Single(read.UserInformation!.CommonFieldList!));
    }

    [Theory]
    [InlineData(0, 21)]
    [InlineData(0, 0)]
    [InlineData(0, null)]
    [InlineData(null, 20)]
    [InlineData(-1, 20)]
    public async Task The_emulator_refuses_a_template_list_page_outside_offset_0_and_limit_1_to_20(int? offset, int? limit)
    {
        await using var harness = await PartnerWithRawApiAsync();
        var api = harness.Services.GetRequiredService<IPartnerTemplateRulesApi>();

        var error = await Assert.ThrowsAsync<WeChatPayApiException>(() => api.ListAsync("1004", offset, limit));

        Assert.Equal((400, WeChatPayConstants.ParamErrorCode), (error.StatusCode, error.ErrorCode));
        Assert.Contains("limit (1-20)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_emulator_serves_a_template_list_page_of_20()
    {
        await using var harness = await PartnerWithRawApiAsync();
        var api = harness.Services.GetRequiredService<IPartnerTemplateRulesApi>();

        await api.ListAsync("1004", 0, 20);

        Assert.EndsWith("?brand_id=1004&offset=0&limit=20", Assert.Single(harness.Emulator.Host.Requests).PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CREATE_CARD_ALREADY_EXISTS")]
    [InlineData("CREATE_CARD_SOMEHOW")]
    public async Task The_emulator_refuses_a_partner_confirm_state_other_than_success_or_fail(string state)
    {
        await using var harness = await PartnerWithRawApiAsync();
        var api = harness.Services.GetRequiredService<IPartnerTemplateRulesApi>();

        var error = await Assert.ThrowsAsync<WeChatPayApiException>(() => api.ConfirmAsync("778899", Json($$"""{"brand_id":"1004","card_id":"{{CardId}}","openid":"{{OpenId}}","user_card_confirm_state":"{{state}}"}""")));

        Assert.Equal((400, WeChatPayConstants.ParamErrorCode), (error.StatusCode, error.ErrorCode));
        Assert.Contains($"got '{state}'", error.Message, StringComparison.Ordinal);
        Assert.Null(harness.Emulator.GetUserCard("778899"));
    }

    [Theory]
    [InlineData("CREATE_CARD_SUCCESS", "EFFECTIVE")]
    [InlineData("CREATE_CARD_FAIL", "INVALID")]
    public async Task The_emulator_accepts_a_partner_confirm_of_success_or_fail(string state, string cardState)
    {
        await using var harness = await PartnerWithRawApiAsync();
        var api = harness.Services.GetRequiredService<IPartnerTemplateRulesApi>();

        await api.ConfirmAsync("778899", Json($$"""{"brand_id":"1004","card_id":"{{CardId}}","openid":"{{OpenId}}","user_card_confirm_state":"{{state}}"}"""));

        Assert.Equal(cardState, (string?)harness.Emulator.GetUserCard("778899")!["user_card_state"]);
    }

    [Fact]
    public async Task A_brand_registration_confirms_already_exists_and_the_emulator_accepts_it()
    {
        await using var harness = await BrandFamilyTests.BrandAsync();

        var card = await harness.Client.ConfirmUserCardAsync(new ConfirmUserCardRequest { UserCardCode = "778899", CardId = CardId, OpenId = OpenId, UserCardConfirmState = UserCardConfirmState.CreateCardAlreadyExists });

        Assert.Equal(UserCardState.Effective, card.UserCardState);
        var request = Assert.Single(harness.Emulator.Host.Requests);
        Assert.Equal($$"""{"card_id":"{{CardId}}","openid":"{{OpenId}}","user_card_confirm_state":"CREATE_CARD_ALREADY_EXISTS"}""", request.BodyText);
    }
}

/// <summary>A host's raw interface for the partner template and confirm calls, to send what the SDK's own models never would.</summary>
public interface IPartnerTemplateRulesApi
{
    /// <summary>POST <c>/cards</c> with any body.</summary>
    [Post("/v3/brand/partner/card-member/cards")]
    Task CreateAsync([Body] HttpContent body);

    /// <summary>GET <c>/cards</c> with any page (a <see langword="null"/> value is left out of the query).</summary>
    [Get("/v3/brand/partner/card-member/cards")]
    Task ListAsync([AliasAs("brand_id")] string brandId, [AliasAs("offset")] int? offset, [AliasAs("limit")] int? limit);

    /// <summary>PATCH <c>/cards/{card_id}</c> with any body.</summary>
    [Patch("/v3/brand/partner/card-member/cards/{cardId}")]
    Task PatchAsync(string cardId, [Body] HttpContent body);

    /// <summary>POST <c>/user-cards/{code}/confirm</c> with any body.</summary>
    [Post("/v3/brand/partner/card-member/user-cards/{code}/confirm")]
    Task ConfirmAsync(string code, [Body] HttpContent body);
}
