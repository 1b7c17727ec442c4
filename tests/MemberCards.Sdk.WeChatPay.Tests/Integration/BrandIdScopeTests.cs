using System.Text.Json.Nodes;
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.WeChatPay.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

/// <summary>
/// Issue 21: <c>BrandId</c> on a request follows the registration's family. A brand registration
/// (<see cref="WeChatPayFamily.Brand"/>) may leave it unset (its Authorization names the brand) and nothing on the wire
/// names a brand; one set to another brand than <see cref="WeChatPayOptions.BrandId"/> is refused before sending, naming
/// <c>brand_id</c> and the setting; its own brand is accepted. A partner registration still refuses a request without it.
/// Through DI against the emulator over real HTTP; the emulator's recorded requests show what was sent.
/// </summary>
public sealed class BrandIdScopeTests
{
    private const string Code = "478515832665";
    private const string CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0";
    private const string OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA";

    /// <summary>One call of every operation a brand registration has: the client, the <c>BrandId</c> each request names (<see langword="null"/>: none) and the card template the template calls are about.</summary>
    private static readonly Dictionary<string, Func<IWeChatPayBrandCardClient, string?, string, Task>> BrandCalls = new(StringComparer.Ordinal)
    {
        ["get user card"] = (c, b, _) => c.GetUserCardAsync(new GetUserCardRequest { UserCardCode = Code, BrandId = b, CardId = CardId, OpenId = OpenId }),
        ["list user cards"] = (c, b, _) => c.ListUserCardsAsync(new ListUserCardsRequest { BrandId = b, OpenId = OpenId }),
        ["update user card"] = (c, b, _) => c.UpdateUserCardAsync(new UpdateUserCardRequest { UserCardCode = Code, CardId = CardId, BrandId = b, OpenId = OpenId, Level = "金卡" }),
        ["confirm user card"] = (c, b, _) => c.ConfirmUserCardAsync(new ConfirmUserCardRequest { UserCardCode = "778899", BrandId = b, CardId = CardId, OpenId = OpenId, UserCardConfirmState = UserCardConfirmState.CreateCardSuccess }),
        ["invalidate user card"] = (c, b, _) => c.InvalidateUserCardAsync(new InvalidateUserCardRequest { UserCardCode = Code, BrandId = b, CardId = CardId, OpenId = OpenId }),
        ["create template"] = (c, b, _) => c.CreateCardTemplateAsync(TemplateRequests.Diamond() with { BrandId = b }),
        ["get template"] = (c, b, t) => c.GetCardTemplateAsync(new GetCardTemplateRequest { BrandId = b, CardId = t }),
        ["list templates"] = (c, b, _) => c.ListCardTemplatesAsync(new ListCardTemplatesRequest { BrandId = b }),
        ["update template"] = (c, b, t) => c.UpdateCardTemplateAsync(new UpdateCardTemplateRequest { CardId = t, BrandId = b, CardTitle = "黄金会员卡" }),
        ["invalidate template"] = (c, b, t) => c.InvalidateCardTemplateAsync(new InvalidateCardTemplateRequest { BrandId = b, CardId = t }),
        ["import by openid"] = (c, b, _) => c.ImportUserCardByOpenIdAsync(new ImportUserCardByOpenIdRequest { UserCardCode = "900000000010", BrandId = b, CardId = CardId, OpenId = OpenId }),
        ["pre-auth token"] = (c, b, _) => c.CreatePreAuthTokenAsync(new CreateMemberTokenRequest { BrandId = b, CardId = CardId, OpenId = OpenId }),
        ["user feed"] = (c, b, _) => c.CreateUserFeedAsync(new CreateUserFeedRequest { BrandId = b, CardId = CardId, UserCardCode = Code, OpenId = OpenId, Cell = "1_100" }),
        ["points sync"] = (c, b, _) => c.SyncUserPointsAsync(new SyncUserPointsRequest { BrandId = b, CardId = CardId, OpenId = OpenId, UserCardCode = Code, PointBalance = 120 }),
        ["points exchange"] = (c, b, _) => c.ConfirmPointExchangeAsync(new ConfirmPointExchangeRequest { RecordId = "rec-1", ExchangeCouponTemplateId = "tpl-1", BrandId = b, CardId = CardId, OpenId = OpenId, UserCardCode = Code, Result = PointExchangeResult.Allow }),
    };

    /// <summary>One call of every partner operation that names a brand, each request without <c>BrandId</c> (and valid otherwise).</summary>
    private static readonly Dictionary<string, Func<IWeChatPayBrandCardClient, Task>> PartnerCallsWithoutBrand = new(StringComparer.Ordinal)
    {
        ["get user card"] = c => c.GetUserCardAsync(new GetUserCardRequest { UserCardCode = Code, CardId = CardId, OpenId = OpenId }),
        ["list user cards"] = c => c.ListUserCardsAsync(new ListUserCardsRequest { OpenId = OpenId }),
        ["update user card"] = c => c.UpdateUserCardAsync(new UpdateUserCardRequest { UserCardCode = Code, CardId = CardId, OpenId = OpenId, Level = "金卡" }),
        ["confirm user card"] = c => c.ConfirmUserCardAsync(new ConfirmUserCardRequest { UserCardCode = "778899", CardId = CardId, OpenId = OpenId, UserCardConfirmState = UserCardConfirmState.CreateCardSuccess }),
        ["invalidate user card"] = c => c.InvalidateUserCardAsync(new InvalidateUserCardRequest { UserCardCode = Code, CardId = CardId, OpenId = OpenId }),
        ["create template"] = c => c.CreateCardTemplateAsync(TemplateRequests.Diamond() with { BrandId = null }),
        ["get template"] = c => c.GetCardTemplateAsync(new GetCardTemplateRequest { CardId = "card-x" }),
        ["list templates"] = c => c.ListCardTemplatesAsync(new ListCardTemplatesRequest()),
        ["update template"] = c => c.UpdateCardTemplateAsync(new UpdateCardTemplateRequest { CardId = "card-x", CardTitle = "黄金会员卡" }),
        ["delete template"] = c => c.DeleteCardTemplateAsync(new DeleteCardTemplateRequest { CardId = "card-x" }),
        ["invalidate template"] = c => c.InvalidateCardTemplateAsync(new InvalidateCardTemplateRequest { CardId = "card-x" }),
        ["import by openid"] = c => c.ImportUserCardByOpenIdAsync(new ImportUserCardByOpenIdRequest { UserCardCode = "900000000010", CardId = CardId, OpenId = OpenId }),
        ["import by phone"] = c => c.ImportUserCardByPhoneAsync(new ImportUserCardByPhoneRequest { UserCardCode = "900000000011", CardId = CardId, PhoneNumber = SensitiveText.FromPlaintext("13800138000") }),
        ["pre-auth token"] = c => c.CreatePreAuthTokenAsync(new CreateMemberTokenRequest { CardId = CardId, OpenId = OpenId }),
        ["pay-view token"] = c => c.CreatePayViewTokenAsync(new CreateMemberTokenRequest { CardId = CardId, OpenId = OpenId }),
        ["user feed"] = c => c.CreateUserFeedAsync(new CreateUserFeedRequest { CardId = CardId, UserCardCode = Code, OpenId = OpenId, Cell = "1_100" }),
        ["points sync"] = c => c.SyncUserPointsAsync(new SyncUserPointsRequest { CardId = CardId, OpenId = OpenId, UserCardCode = Code, PointBalance = 120 }),
        ["points exchange"] = c => c.ConfirmPointExchangeAsync(new ConfirmPointExchangeRequest { RecordId = "rec-1", ExchangeCouponTemplateId = "tpl-1", CardId = CardId, OpenId = OpenId, UserCardCode = Code, Result = PointExchangeResult.Allow }),
        ["create activity"] = c => c.CreateMembershipActivityAsync(new CreateMembershipActivityRequest
        {
            CardId = CardId,
            Title = "入会有礼",
            SubTitle = "送券",
            BeginTime = new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.FromHours(8)),
            EndTime = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.FromHours(8)),
            ApplyTotal = 10,
            ProductCouponStockList = [new ProductCouponStock { ProductCouponId = "p1", StockId = "s1" }],
        }),
        ["list activities"] = c => c.ListMembershipActivitiesAsync(new ListMembershipActivitiesRequest()),
        ["get activity"] = c => c.GetMembershipActivityAsync(new GetMembershipActivityRequest { ActivityId = "a1" }),
        ["update activity"] = c => c.UpdateMembershipActivityAsync(new UpdateMembershipActivityRequest
        {
            ActivityId = "a1",
            Title = "入会有礼",
            SubTitle = "送券",
            BeginTime = new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.FromHours(8)),
            EndTime = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.FromHours(8)),
        }),
        ["terminate activity"] = c => c.TerminateMembershipActivityAsync(new TerminateMembershipActivityRequest { ActivityId = "a1" }),
    };

    public static TheoryData<string> BrandCases => [.. BrandCalls.Keys];

    public static TheoryData<string> PartnerCases => [.. PartnerCallsWithoutBrand.Keys];

    [Fact]
    public async Task A_brand_reads_cards_templates_and_syncs_points_without_brand_id_and_the_wire_names_no_brand()
    {
        await using var harness = await BrandFamilyTests.BrandAsync();
        var template = harness.Emulator.AddCardTemplate(new JsonObject { ["brand_id"] = "1004", ["card_title"] = "钻石会员卡", ["card_type"] = "NORMAL" });
        var client = harness.Client;

        var card = await client.GetUserCardAsync(new GetUserCardRequest { UserCardCode = Code, CardId = CardId, OpenId = OpenId });
        var cards = await client.ListUserCardsAsync(new ListUserCardsRequest { OpenId = OpenId });
        var got = await client.GetCardTemplateAsync(new GetCardTemplateRequest { CardId = template });
        var templates = await client.ListCardTemplatesAsync(new ListCardTemplatesRequest());
        var balance = await client.SyncUserPointsAsync(new SyncUserPointsRequest { OutRequestNo = "sync-1", CardId = CardId, OpenId = OpenId, UserCardCode = Code, PointBalance = 120 });

        Assert.Equal(("1004", "13800138000"), (card.BrandId, card.PhoneNumber!.Reveal()));
        Assert.Equal(Code, Assert.Single(cards.Data!).UserCardCode);
        Assert.Equal(("钻石会员卡", CardType.Normal), (got.CardTitle, got.CardType));
        Assert.Equal(template, Assert.Single(templates.Data!).CardId);
        Assert.Equal(120, balance.PointBalance);
        Assert.Equal(
            [
                $"GET /brand/card-member/user-cards/{Code}?card_id={CardId}&openid={OpenId}",
                $"GET /brand/card-member/user-cards?openid={OpenId}&offset=0&limit=20",
                $"GET /brand/card-member/cards/{template}",
                "GET /brand/card-member/cards?offset=0&limit=20",
                "POST /brand/card-member/user-points/sync",
            ],
            harness.Emulator.Host.Requests.Select(r => $"{r.Method} {r.PathAndQuery}"));
        Assert.Equal($$"""{"out_request_no":"sync-1","card_id":"{{CardId}}","openid":"{{OpenId}}","user_card_code":"{{Code}}","point_balance":120}""", harness.Emulator.Host.Requests[^1].BodyText);
        Assert.All(harness.Emulator.Host.Requests, r =>
        {
            Assert.DoesNotContain("brand_id", r.PathAndQuery, StringComparison.Ordinal);
            Assert.DoesNotContain("brand_id", r.BodyText, StringComparison.Ordinal);
            BrandFamilyTests.AssertBrandSigned(harness, r);
        });
    }

    [Fact]
    public async Task A_brand_changes_cards_and_templates_without_brand_id_and_the_bodies_name_no_brand()
    {
        await using var harness = await BrandFamilyTests.BrandAsync();
        var client = harness.Client;

        var updated = await client.UpdateUserCardAsync(new UpdateUserCardRequest { UserCardCode = Code, CardId = CardId, OpenId = OpenId, Level = "金卡" });
        var created = await client.CreateCardTemplateAsync(TemplateRequests.Diamond("1004_20260101_0001") with { BrandId = null });
        var renamed = await client.UpdateCardTemplateAsync(new UpdateCardTemplateRequest { CardId = created.CardId!, CardTitle = "黄金会员卡" });
        var token = await client.CreatePreAuthTokenAsync(new CreateMemberTokenRequest { CardId = CardId, OpenId = OpenId });

        Assert.Equal("金卡", updated.Level);
        Assert.Equal("1004", (string?)harness.Emulator.GetCardTemplate(created.CardId!)!["brand_id"]);
        Assert.Equal("黄金会员卡", renamed.CardTitle);
        Assert.NotNull(token.Token);
        var requests = harness.Emulator.Host.Requests;
        Assert.Equal(4, requests.Count);
        Assert.Equal($$"""{"openid":"{{OpenId}}","level":"金卡"}""", requests[0].BodyText);
        Assert.StartsWith("""{"out_request_no":"1004_20260101_0001","appid":"wxea9c30a90fs8fa9f",""", requests[1].BodyText, StringComparison.Ordinal);
        Assert.Equal("""{"card_title":"黄金会员卡"}""", requests[2].BodyText);
        Assert.Equal($$"""{"card_id":"{{CardId}}","openid":"{{OpenId}}"}""", requests[3].BodyText);
        Assert.All(requests, r => Assert.DoesNotContain("brand_id", r.PathAndQuery + r.BodyText, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(BrandCases))]
    public async Task A_brand_request_that_names_another_brand_is_refused_and_nothing_is_sent(string operation)
    {
        await using var harness = await BrandFamilyTests.BrandAsync();

        var error = await Assert.ThrowsAsync<MemberCardsValidationException>(() => BrandCalls[operation](harness.Client, "2002", "pEmu00000001"));

        Assert.Equal(
            "brand_id: is '2002', but this brand registration signs as brand '1004' (MemberCards:WeChatPay:BrandId) and a brand registration calls for its own brand only: leave the request's BrandId unset or set it to MemberCards:WeChatPay:BrandId. (Parameter 'brand_id')",
            error.Message);
        Assert.Equal("brand_id", error.FieldPath);
        Assert.Equal(WeChatPayConstants.ServiceName, error.Service);
        Assert.Empty(harness.Emulator.Host.Requests);
    }

    [Theory]
    [MemberData(nameof(BrandCases))]
    public async Task A_brand_request_that_names_its_own_brand_is_sent_without_it(string operation)
    {
        await using var harness = await BrandFamilyTests.BrandAsync();
        var template = harness.Emulator.AddCardTemplate(new JsonObject { ["brand_id"] = "1004", ["card_title"] = "钻石会员卡" });

        await BrandCalls[operation](harness.Client, "1004", template);

        var request = Assert.Single(harness.Emulator.Host.Requests);
        Assert.DoesNotContain("brand_id", request.PathAndQuery + request.BodyText, StringComparison.Ordinal);
        BrandFamilyTests.AssertBrandSigned(harness, request);
    }

    [Fact]
    public async Task A_named_brand_registration_names_its_own_setting_when_it_refuses_another_brand()
    {
        await using var emulator = await WeChatPayEmulator.StartAsync(TestKeys.Options(null));
        var services = new ServiceCollection();
        services.AddMemberCards().AddWeChatPay("brandA", o =>
        {
            emulator.ConfigurePublicKeyMode(o);
            o.Family = WeChatPayFamily.Brand;
            o.BrandId = "1004";
            o.MerchantId = null;
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IWeChatPayClientFactory>().Create("brandA");

        var error = await Assert.ThrowsAsync<MemberCardsValidationException>(() => client.ListUserCardsAsync(new ListUserCardsRequest { BrandId = "1005", OpenId = OpenId }));

        Assert.Equal(
            "brand_id: is '1005', but this brand registration signs as brand '1004' (MemberCards:WeChatPay(brandA):BrandId) and a brand registration calls for its own brand only: leave the request's BrandId unset or set it to MemberCards:WeChatPay(brandA):BrandId. (Parameter 'brand_id')",
            error.Message);
        Assert.Empty(emulator.Host.Requests);
    }

    [Theory]
    [MemberData(nameof(PartnerCases))]
    public async Task A_partner_request_without_brand_id_is_refused_as_before_and_nothing_is_sent(string operation)
    {
        await using var harness = await Harness.PublicKeyModeAsync();

        var error = await Assert.ThrowsAsync<MemberCardsValidationException>(() => PartnerCallsWithoutBrand[operation](harness.Client));

        Assert.Equal("brand_id: is required. (Parameter 'brand_id')", error.Message);
        Assert.Equal("brand_id", error.FieldPath);
        Assert.Empty(harness.Emulator.Host.Requests);
    }

    [Fact]
    public async Task A_partner_registration_ignores_no_brand_id_it_is_given()
    {
        await using var harness = await Harness.PublicKeyModeAsync(o => o.BrandId = "2002");

        await harness.Client.GetUserCardAsync(new GetUserCardRequest { UserCardCode = Code, BrandId = "1004", CardId = CardId, OpenId = OpenId });

        Assert.Equal($"/v3/brand/partner/card-member/user-cards/{Code}?brand_id=1004&card_id={CardId}&openid={OpenId}", Assert.Single(harness.Emulator.Host.Requests).PathAndQuery);
    }
}
