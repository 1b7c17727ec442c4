using System.Text.Json;
using System.Text.RegularExpressions;
using MemberCards.Sdk.Security;
using MemberCards.Sdk.WeChatPay.Tests.Support;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

/// <summary>
/// The JSON of every WeChat Pay model and every request body and target, byte for byte (property order included),
/// as the SDK wrote them before the models became records (issue 18): a change to the model shapes must not move a byte.
/// </summary>
public sealed partial class WireBytesTests
{
    private const string Code = "478515832665";
    private const string CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0";
    private const string OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA";
    private static readonly DateTimeOffset Time = new(2020, 5, 20, 13, 29, 35, 120, TimeSpan.FromHours(8));

    private static readonly ValidDateInformation Validity = new()
    {
        Type = ValidityType.FixTimeRange,
        AvailableBeginTime = Time,
        AvailableEndTime = Time.AddYears(10),
        AvailableDayAfterReceive = 200,
    };

    private const string ValidityJson = """{"type":"FIX_TIME_RANGE","available_begin_time":"2020-05-20T13:29:35.12+08:00","available_end_time":"2030-05-20T13:29:35.12+08:00","available_day_after_receive":200}""";

    private const string InformationJson = """{"common_field_list":[{"name":"USER_FORM_FLAG_SEX","value":"C_SEX"},{"name":"USER_FORM_FLAG_FUTURE","value":"C_FUTURE"}],"custom_field_list":[{"name":"喜欢的运动","user_chosen_values":["C_SWIM",null,"C_RUN"]}]}""";

    private static UserInformation Information(Func<string, SensitiveText> value) => new()
    {
        CommonFieldList =
        [
            new CommonField { Name = UserFormField.Sex, Value = value("C_SEX") },
            new CommonField { Name = UserFormField.Unknown, WireName = "USER_FORM_FLAG_FUTURE", Value = value("C_FUTURE") },
        ],
        CustomFieldList = [new CustomField { Name = "喜欢的运动", UserChosenValues = [value("C_SWIM"), null, value("C_RUN")] }],
    };

    private static SensitiveText Cipher(string text) => SensitiveText.FromCiphertext(text);

    private static UserCard FullCard() => new()
    {
        UserCardCode = Code,
        CardId = CardId,
        OpenId = OpenId,
        CardColor = "#FFFF00",
        CardPictureUrl = "https://example.com/card.png",
        BrandId = "1004",
        CardType = CardType.Normal,
        PhoneNumber = Cipher("C_PHONE"),
        Level = "钻石会员",
        ValidDateInformation = Validity,
        PickupTime = Time,
        UserInformation = Information(Cipher),
        Attach = "自定义数据",
        UserCardState = UserCardState.Invalid,
        InvalidReason = "用户申请注销",
        InvalidTime = Time.AddDays(1),
        CreateTime = Time,
        ModifyTime = Time.AddHours(1),
    };

    private static CardTemplate FullTemplate() => new()
    {
        CardId = "pEmu00000001",
        BrandId = "1004",
        AppId = "wxd678efh567hg6787",
        CardType = CardType.Normal,
        CardTitle = "钻石会员卡",
        CardColor = "#FFFF00",
        CardPictureUrl = "https://example.com/card.png",
        CodeMode = "SYSTEM_ALLOCATE",
        NotifyUrl = "https://example.com/notify",
        ValidDateInformation = Validity,
        State = "CARD_EFFECTIVE",
        CreateTime = Time,
        ModifyTime = Time.AddHours(1),
    };

    private static CreateCardTemplateRequest FullCreate() => new()
    {
        OutRequestNo = "1004_20200520_0001",
        BrandId = "1004",
        AppId = "wxd678efh567hg6787",
        CardTitle = "钻石会员卡",
        CardColor = "#FFFF00",
        CardPictureUrl = "https://example.com/card.png",
        CodeMode = "SYSTEM_ALLOCATE",
        CodeType = "JUMP_MINI_PROGRAM",
        CodeJumpInformation = new CardJumpInformation { JumpAppId = "wxd678efh567hg6787", JumpPath = "/pages/code/code" },
        Benefits = "会员折扣、专属价",
        NotifyUrl = "https://example.com/notify",
        NeedPinned = true,
        NeedDisplayLevel = false,
        InitLevel = "白银会员",
        ServicePhone = "010-8877xxxx",
        LegalAgreement = "会员协议",
        ValidDateInformation = Validity,
        MemberInformation = new CardJumpInformation { JumpAppId = "wxd678efh567hg6787", JumpPath = "/pages/member/member" },
        PointsInformation = new CardJumpInformation { JumpAppId = "wxd678efh567hg6787", JumpPath = "/pages/points/points" },
        BalanceInformation = new CardJumpInformation { JumpAppId = "wxd678efh567hg6787", JumpPath = "/pages/balance/balance" },
        PurchaseInformation = new CardPurchaseInformation { Price = 9900, JumpAppId = "wxd678efh567hg6787", JumpPath = "/pages/buy/buy" },
        UserInformation = new CardTemplateUserInformation { CommonFieldList = ["USER_FORM_FLAG_NAME", "USER_FORM_FLAG_CITY"] },
    };

    private const string CardJson = $$"""{"user_card_code":"{{Code}}","card_id":"{{CardId}}","openid":"{{OpenId}}","card_color":"#FFFF00","card_picture_url":"https://example.com/card.png","brand_id":"1004","card_type":"NORMAL","phone_number":"C_PHONE","level":"钻石会员","valid_date_information":{{ValidityJson}},"pickup_time":"2020-05-20T13:29:35.12+08:00","user_information":{{InformationJson}},"attach":"自定义数据","user_card_state":"INVALID","invalid_reason":"用户申请注销","invalid_time":"2020-05-21T13:29:35.12+08:00","create_time":"2020-05-20T13:29:35.12+08:00","modify_time":"2020-05-20T14:29:35.12+08:00"}""";

    private const string TemplateJson = $$"""{"card_id":"pEmu00000001","brand_id":"1004","appid":"wxd678efh567hg6787","card_type":"NORMAL","card_title":"钻石会员卡","card_color":"#FFFF00","card_picture_url":"https://example.com/card.png","code_mode":"SYSTEM_ALLOCATE","notify_url":"https://example.com/notify","valid_date_information":{{ValidityJson}},"state":"CARD_EFFECTIVE","create_time":"2020-05-20T13:29:35.12+08:00","modify_time":"2020-05-20T14:29:35.12+08:00"}""";

    private const string UpdateJson = $$"""{"brand_id":"1004","openid":"{{OpenId}}","card_color":"#FFFF00","card_picture_url":"https://example.com/card.png","phone_number":"C_PHONE","level":"钻石会员","valid_date_information":{{ValidityJson}},"pickup_time":"2020-05-20T13:29:35.12+08:00","user_information":{{InformationJson}},"attach":"自定义数据"}""";

    private const string ConfirmJson = $$"""{"brand_id":"1004","card_id":"{{CardId}}","openid":"{{OpenId}}","user_card_confirm_state":"CREATE_CARD_SUCCESS","card_color":"#FFFF00","card_picture_url":"https://example.com/card.png","phone_number":"C_PHONE","level":"钻石会员","valid_date_information":{{ValidityJson}},"user_information":{{InformationJson}},"attach":"自定义数据"}""";

    private const string InvalidateJson = $$"""{"brand_id":"1004","card_id":"{{CardId}}","openid":"{{OpenId}}","invalid_reason":"用户申请注销"}""";

    /// <summary>The partner invalidate's body: <c>brand_id</c> and <c>card_id</c> go in its query (P4015336983).</summary>
    private const string InvalidateBodyJson = $$"""{"openid":"{{OpenId}}","invalid_reason":"用户申请注销"}""";

    private static UpdateUserCardRequest FullUpdate(Func<string, SensitiveText> value) => new()
    {
        UserCardCode = Code,
        CardId = CardId,
        BrandId = "1004",
        OpenId = OpenId,
        CardColor = "#FFFF00",
        CardPictureUrl = "https://example.com/card.png",
        PhoneNumber = value("C_PHONE"),
        Level = "钻石会员",
        ValidDateInformation = Validity,
        PickupTime = Time,
        UserInformation = Information(value),
        Attach = "自定义数据",
    };

    private static ConfirmUserCardRequest FullConfirm(Func<string, SensitiveText> value, string code = Code) => new()
    {
        UserCardCode = code,
        BrandId = "1004",
        CardId = CardId,
        OpenId = OpenId,
        UserCardConfirmState = UserCardConfirmState.CreateCardSuccess,
        CardColor = "#FFFF00",
        CardPictureUrl = "https://example.com/card.png",
        PhoneNumber = value("C_PHONE"),
        Level = "钻石会员",
        ValidDateInformation = Validity,
        UserInformation = Information(value),
        Attach = "自定义数据",
    };

    private static InvalidateUserCardRequest FullInvalidate() => new()
    {
        UserCardCode = Code,
        BrandId = "1004",
        CardId = CardId,
        OpenId = OpenId,
        InvalidReason = "用户申请注销",
    };

    [Fact]
    public void Every_model_serializes_to_the_pinned_bytes()
    {
        Assert.Equal(CardJson, JsonSerializer.Serialize(FullCard(), WeChatPayJson.For<UserCard>()));
        Assert.Equal(TemplateJson, JsonSerializer.Serialize(FullTemplate(), WeChatPayJson.For<CardTemplate>()));
        Assert.Equal(UpdateJson, JsonSerializer.Serialize(FullUpdate(Cipher), WeChatPayJson.For<UpdateUserCardRequest>()));
        Assert.Equal(ConfirmJson, JsonSerializer.Serialize(FullConfirm(Cipher), WeChatPayJson.For<ConfirmUserCardRequest>()));
        Assert.Equal(InvalidateJson, JsonSerializer.Serialize(FullInvalidate(), WeChatPayJson.For<InvalidateUserCardRequest>()));
        Assert.Equal(ValidityJson, JsonSerializer.Serialize(Validity, WeChatPayJson.Options));
        Assert.Equal(InformationJson, JsonSerializer.Serialize(Information(Cipher), WeChatPayJson.Options));
    }

    [Fact]
    public void Pages_serialize_to_the_pinned_bytes()
    {
        Assert.Equal($$"""{"total_count":3,"offset":1,"limit":1,"data":[{{CardJson}}]}""", JsonSerializer.Serialize(UserCardPage(), WeChatPayJson.Options));
        Assert.Equal($$"""{"total_count":3,"offset":1,"limit":1,"data":[{{TemplateJson}}]}""", JsonSerializer.Serialize(TemplatePage(), WeChatPayJson.Options));
        Assert.Equal("""{"total_count":0,"offset":0,"limit":0}""", JsonSerializer.Serialize(EmptyPage(), WeChatPayJson.Options));
    }

    [Fact]
    public void Empty_models_and_plain_texts_serialize_to_the_pinned_bytes()
    {
        Assert.Equal("""{"card_type":"NORMAL","user_card_state":"EFFECTIVE"}""", JsonSerializer.Serialize(new UserCard { CardType = CardType.Normal, UserCardState = UserCardState.Effective }, WeChatPayJson.For<UserCard>()));
        // A card of a type or state the SDK does not know (read from a newer WeChat Pay) is written without them, not refused (issue 18).
        Assert.Equal("{}", JsonSerializer.Serialize(new UserCard(), WeChatPayJson.For<UserCard>()));
        Assert.Equal("{}", JsonSerializer.Serialize(new CardTemplate(), WeChatPayJson.For<CardTemplate>()));
        Assert.Equal("""{"brand_id":"b","openid":"o"}""", JsonSerializer.Serialize(new UpdateUserCardRequest { UserCardCode = "c", CardId = "p", BrandId = "b", OpenId = "o" }, WeChatPayJson.For<UpdateUserCardRequest>()));
        Assert.Equal("""{"brand_id":"b","card_id":"p","openid":"o","user_card_confirm_state":"CREATE_CARD_FAIL"}""", JsonSerializer.Serialize(new ConfirmUserCardRequest { UserCardCode = "c", BrandId = "b", CardId = "p", OpenId = "o", UserCardConfirmState = UserCardConfirmState.CreateCardFail }, WeChatPayJson.For<ConfirmUserCardRequest>()));
        Assert.Equal(
            UpdateJson.Replace("\"C_PHONE\"", """{"plaintext":"C_PHONE"}""", StringComparison.Ordinal)
                .Replace("\"C_SEX\"", """{"plaintext":"C_SEX"}""", StringComparison.Ordinal)
                .Replace("\"C_FUTURE\"", """{"plaintext":"C_FUTURE"}""", StringComparison.Ordinal)
                .Replace("\"C_SWIM\"", """{"plaintext":"C_SWIM"}""", StringComparison.Ordinal)
                .Replace("\"C_RUN\"", """{"plaintext":"C_RUN"}""", StringComparison.Ordinal),
            JsonSerializer.Serialize(FullUpdate(SensitiveText.FromPlaintext), WeChatPayJson.For<UpdateUserCardRequest>()));
    }

    [Fact]
    public void Answers_read_and_written_again_keep_their_bytes()
    {
        Assert.Equal(CardJson, JsonSerializer.Serialize(JsonSerializer.Deserialize(CardJson, WeChatPayJson.For<UserCard>())!, WeChatPayJson.For<UserCard>()));
        Assert.Equal(TemplateJson, JsonSerializer.Serialize(JsonSerializer.Deserialize(TemplateJson, WeChatPayJson.For<CardTemplate>())!, WeChatPayJson.For<CardTemplate>()));
        var page = $$"""{"total_count":3,"offset":1,"limit":1,"data":[{{CardJson}}]}""";
        Assert.Equal(page, RoundTripUserCardPage(page));
        var templates = $$"""{"total_count":3,"offset":1,"limit":1,"data":[{{TemplateJson}}]}""";
        Assert.Equal(templates, RoundTripTemplatePage(templates));
    }

    [Fact]
    public async Task User_card_requests_send_the_pinned_targets_and_bodies()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        var client = harness.Client;
        var wechatPay = harness.Emulator.PublicKey.Rsa;
        var updateCiphers = new Dictionary<string, string>(StringComparer.Ordinal);
        var confirmCiphers = new Dictionary<string, string>(StringComparer.Ordinal);
        Func<string, SensitiveText> Encrypting(Dictionary<string, string> ciphers) => text => SensitiveText.FromCiphertext(ciphers[text] = RsaOaep.Encrypt(wechatPay, text));

        await client.GetUserCardAsync(Harness.SampleGet());
        await client.ListUserCardsAsync(new ListUserCardsRequest { BrandId = "1004", OpenId = OpenId, UserCardState = UserCardState.Effective, Offset = 0, Limit = 5 });

        // Caller ciphertexts go out exactly as given; plain text is encrypted to the WeChat Pay key (compared decrypted).
        await client.UpdateUserCardAsync(FullUpdate(Encrypting(updateCiphers)));
        await client.UpdateUserCardAsync(FullUpdate(SensitiveText.FromPlaintext));
        await client.ConfirmUserCardAsync(FullConfirm(SensitiveText.FromPlaintext, "900000000001"));
        await client.ConfirmUserCardAsync(FullConfirm(Encrypting(confirmCiphers), "900000000002"));
        await client.InvalidateUserCardAsync(FullInvalidate());

        var requests = harness.Emulator.Host.Requests.Where(r => r.Path != "/v3/certificates").ToList();
        Assert.Equal(
            [
                $"GET /v3/brand/partner/card-member/user-cards/{Code}?brand_id=1004&card_id={CardId}&openid={OpenId}",
                $"GET /v3/brand/partner/card-member/user-cards?brand_id=1004&openid={OpenId}&user_card_state=EFFECTIVE&offset=0&limit=5",
                $"PATCH /v3/brand/partner/card-member/user-cards/{Code}?card_id={CardId}",
                $"PATCH /v3/brand/partner/card-member/user-cards/{Code}?card_id={CardId}",
                "POST /v3/brand/partner/card-member/user-cards/900000000001/confirm",
                "POST /v3/brand/partner/card-member/user-cards/900000000002/confirm",
                $"POST /v3/brand/partner/card-member/user-cards/{Code}/invalidate?brand_id=1004&card_id={CardId}",
            ],
            requests.Select(r => $"{r.Method} {r.PathAndQuery}"));
        Assert.Equal("", requests[0].BodyText);
        Assert.Equal("", requests[1].BodyText);
        Assert.Equal(WithCiphers(UpdateJson, updateCiphers), requests[2].BodyText);
        Assert.Equal(UpdateJson, Decrypted(requests[3].BodyText, harness));
        Assert.Equal(ConfirmJson, Decrypted(requests[4].BodyText, harness));
        Assert.Equal(WithCiphers(ConfirmJson, confirmCiphers), requests[5].BodyText);
        Assert.Equal(InvalidateBodyJson, requests[6].BodyText);
        Assert.All(requests.Skip(2).Take(4), r => Assert.Equal(harness.Emulator.PublicKeyId, r.Header("Wechatpay-Serial")));
    }

    [Fact]
    public async Task Template_requests_send_the_pinned_targets_and_bodies()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        var created = await CreateTemplateAsync(harness, FullCreate());
        var id = created.CardId!;
        await GetTemplateAsync(harness, "1004", id);
        await ListTemplatesAsync(harness, "1004", 0, 20);
        await ListTemplatesAsync(harness, "1004", 2, 7);
        await UpdateTemplateAsync(harness, new UpdateCardTemplateRequest { CardId = id, BrandId = "1004", CardTitle = "黄金会员卡", NotifyUrl = "https://example.com/n2" });
        await DeleteTemplateAsync(harness, "1004", id);

        var requests = harness.Emulator.Host.Requests.Where(r => r.Path != "/v3/certificates").ToList();
        Assert.Equal(
            [
                "POST /v3/brand/partner/card-member/cards",
                $"GET /v3/brand/partner/card-member/cards/{id}?brand_id=1004",
                "GET /v3/brand/partner/card-member/cards?brand_id=1004&offset=0&limit=20",
                "GET /v3/brand/partner/card-member/cards?brand_id=1004&offset=2&limit=7",
                $"PATCH /v3/brand/partner/card-member/cards/{id}",
                $"DELETE /v3/brand/partner/card-member/cards/{id}?brand_id=1004",
            ],
            requests.Select(r => $"{r.Method} {r.PathAndQuery}"));
        Assert.Equal($$$"""{"out_request_no":"1004_20200520_0001","brand_id":"1004","appid":"wxd678efh567hg6787","card_type":"NORMAL","card_title":"钻石会员卡","card_color":"#FFFF00","card_picture_url":"https://example.com/card.png","code_mode":"SYSTEM_ALLOCATE","code_type":"JUMP_MINI_PROGRAM","code_jump_information":{"jump_appid":"wxd678efh567hg6787","jump_path":"/pages/code/code"},"benefits":"会员折扣、专属价","notify_url":"https://example.com/notify","need_pinned":true,"need_display_level":false,"init_level":"白银会员","service_phone":"010-8877xxxx","legal_agreement":"会员协议","valid_date_information":{{{ValidityJson}}},"member_information":{"jump_appid":"wxd678efh567hg6787","jump_path":"/pages/member/member"},"points_information":{"jump_appid":"wxd678efh567hg6787","jump_path":"/pages/points/points"},"balance_information":{"jump_appid":"wxd678efh567hg6787","jump_path":"/pages/balance/balance"},"purchase_information":{"price":9900,"jump_appid":"wxd678efh567hg6787","jump_path":"/pages/buy/buy"},"user_information":{"common_field_list":["USER_FORM_FLAG_NAME","USER_FORM_FLAG_CITY"]}}""", requests[0].BodyText);
        Assert.Equal("""{"brand_id":"1004","card_title":"黄金会员卡","notify_url":"https://example.com/n2"}""", requests[4].BodyText);
        Assert.All([requests[1], requests[2], requests[3], requests[5]], r => Assert.Equal("", r.BodyText));
    }

    /// <summary>The body with every RSA-2048 ciphertext (344 Base64 characters) replaced by its plain text.</summary>
    private static string Decrypted(string body, Harness harness)
        => Ciphertext().Replace(body, m => "\"" + RsaOaep.Decrypt(harness.Emulator.PublicKey.Rsa, m.Groups[1].Value) + "\"");

    [GeneratedRegex("\"([A-Za-z0-9+/]{342}==|[A-Za-z0-9+/]{343}=|[A-Za-z0-9+/]{344})\"")]
    private static partial Regex Ciphertext();

    private static string WithCiphers(string json, Dictionary<string, string> ciphers)
    {
        foreach (var (text, cipher) in ciphers)
        {
            json = json.Replace($"\"{text}\"", $"\"{cipher}\"", StringComparison.Ordinal);
        }

        return json;
    }

    // The page and template calls as the API spells them (the one place the tests name those shapes).
    private static WeChatPayPage<UserCard> UserCardPage() => new() { TotalCount = 3, Offset = 1, Limit = 1, Data = [FullCard()] };

    private static WeChatPayPage<CardTemplate> TemplatePage() => new() { TotalCount = 3, Offset = 1, Limit = 1, Data = [FullTemplate()] };

    private static WeChatPayPage<UserCard> EmptyPage() => new();

    private static string RoundTripUserCardPage(string json) => JsonSerializer.Serialize(JsonSerializer.Deserialize(json, WeChatPayJson.For<WeChatPayPage<UserCard>>())!, WeChatPayJson.For<WeChatPayPage<UserCard>>());

    private static string RoundTripTemplatePage(string json) => JsonSerializer.Serialize(JsonSerializer.Deserialize(json, WeChatPayJson.For<WeChatPayPage<CardTemplate>>())!, WeChatPayJson.For<WeChatPayPage<CardTemplate>>());

    private static Task<CardTemplate> CreateTemplateAsync(Harness harness, CreateCardTemplateRequest request) => harness.Client.CreateCardTemplateAsync(request);

    private static Task<CardTemplate> GetTemplateAsync(Harness harness, string brandId, string cardId) => harness.Client.GetCardTemplateAsync(new GetCardTemplateRequest { BrandId = brandId, CardId = cardId });

    private static Task<WeChatPayPage<CardTemplate>> ListTemplatesAsync(Harness harness, string brandId, int offset, int limit) => harness.Client.ListCardTemplatesAsync(new ListCardTemplatesRequest { BrandId = brandId, Offset = offset, Limit = limit });

    private static Task<CardTemplate> UpdateTemplateAsync(Harness harness, UpdateCardTemplateRequest request) => harness.Client.UpdateCardTemplateAsync(request);

    private static Task DeleteTemplateAsync(Harness harness, string brandId, string cardId) => harness.Client.DeleteCardTemplateAsync(new DeleteCardTemplateRequest { BrandId = brandId, CardId = cardId });
}
