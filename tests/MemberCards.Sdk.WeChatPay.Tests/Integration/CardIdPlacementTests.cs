using System.Text;
using MemberCards.Sdk.WeChatPay.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

/// <summary>
/// Issue 21: where <c>card_id</c> goes on the user-card calls whose sources disagree. Both readings are sent, signed
/// over real HTTP, through a host interface on the registration's pipeline; the emulator plays the official page's
/// reading and refuses the other with an error that names the field and says where it goes; the SDK's facade sends the
/// official reading.
/// <list type="bullet">
/// <item>PATCH <c>/user-cards/{code}</c>: query (B4015582719, the official page) vs body (SEN).</item>
/// <item>POST <c>/user-cards/{code}/confirm</c>: body (P4015336979, the official page; the brand-direct page is the same
/// body minus <c>brand_id</c>) vs query (Y, SKIT).</item>
/// <item>POST <c>/user-cards/{code}/invalidate</c>, partner: <c>brand_id</c> and <c>card_id</c> in the query (P4015336983,
/// the official page; Y agrees) vs the body (what the SDK sent before). Brand-direct: <c>card_id</c> in the body
/// (B4015582726) vs the query.</item>
/// </list>
/// </summary>
public sealed class CardIdPlacementTests
{
    private const string Code = "478515832665";
    private const string CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0";
    private const string OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA";

    private static Task<Harness> BrandWithRawApiAsync() => Harness.StartAsync(
        (e, o) => e.ConfigurePublicKeyMode(o),
        o =>
        {
            o.Family = WeChatPayFamily.Brand;
            o.BrandId = "1004";
            o.MerchantId = null;
        },
        null,
        b => b.AddApi<IBrandUserCardPlacementApi>(),
        null);

    private static Task<Harness> PartnerWithRawApiAsync() => Harness.StartAsync((e, o) => e.ConfigurePublicKeyMode(o), null, null, b => b.AddApi<IPartnerUserCardPlacementApi>(), null);

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Partner_invalidate_with_brand_id_and_card_id_in_the_query_as_the_official_page_says_is_accepted()
    {
        await using var harness = await PartnerWithRawApiAsync();
        var api = harness.Services.GetRequiredService<IPartnerUserCardPlacementApi>();

        await api.InvalidateAsync(Code, "1004", CardId, Json($$"""{"openid":"{{OpenId}}","invalid_reason":"用户申请注销"}"""));

        Assert.Equal("INVALID", (string?)harness.Emulator.GetUserCard(Code)!["user_card_state"]);
        Assert.Equal("用户申请注销", (string?)harness.Emulator.GetUserCard(Code)!["invalid_reason"]);
        Assert.Equal($"/v3/brand/partner/card-member/user-cards/{Code}/invalidate?brand_id=1004&card_id={CardId}", Assert.Single(harness.Emulator.Host.Requests).PathAndQuery);
    }

    [Theory]
    [InlineData("card_id")]
    [InlineData("brand_id")]
    public async Task Partner_invalidate_with_a_query_value_in_the_body_is_refused_naming_the_field(string field)
    {
        await using var harness = await PartnerWithRawApiAsync();
        var api = harness.Services.GetRequiredService<IPartnerUserCardPlacementApi>();
        var inBody = field == "card_id"
            ? $$"""{"brand_id":"1004","card_id":"{{CardId}}","openid":"{{OpenId}}"}"""
            : $$"""{"brand_id":"1004","openid":"{{OpenId}}"}""";

        var error = field == "card_id"
            ? await Assert.ThrowsAsync<WeChatPayApiException>(() => api.InvalidateWithoutQueryAsync(Code, Json(inBody)))
            : await Assert.ThrowsAsync<WeChatPayApiException>(() => api.InvalidateWithCardIdOnlyAsync(Code, CardId, Json(inBody)));

        Assert.Equal((400, "PARAM_ERROR"), (error.StatusCode, error.ErrorCode));
        Assert.Contains($"{field} goes in the query string (?{field}=), not the body", error.Message, StringComparison.Ordinal);
        Assert.Equal("EFFECTIVE", (string?)harness.Emulator.GetUserCard(Code)!["user_card_state"]);
    }

    [Fact]
    public async Task Brand_invalidate_with_card_id_in_the_body_as_the_brand_page_says_is_accepted()
    {
        await using var harness = await BrandWithRawApiAsync();
        var api = harness.Services.GetRequiredService<IBrandUserCardPlacementApi>();

        await api.InvalidateAsync(Code, Json($$"""{"card_id":"{{CardId}}","openid":"{{OpenId}}"}"""));

        Assert.Equal("INVALID", (string?)harness.Emulator.GetUserCard(Code)!["user_card_state"]);
        var request = Assert.Single(harness.Emulator.Host.Requests);
        Assert.Equal($"/brand/card-member/user-cards/{Code}/invalidate", request.PathAndQuery);
        BrandFamilyTests.AssertBrandSigned(harness, request);
    }

    [Fact]
    public async Task Brand_invalidate_with_card_id_in_the_query_is_refused_saying_it_goes_in_the_body()
    {
        await using var harness = await BrandWithRawApiAsync();
        var api = harness.Services.GetRequiredService<IBrandUserCardPlacementApi>();

        var error = await Assert.ThrowsAsync<WeChatPayApiException>(() => api.InvalidateWithQueryAsync(Code, CardId, Json($$"""{"openid":"{{OpenId}}"}""")));

        Assert.Equal((400, "PARAM_ERROR"), (error.StatusCode, error.ErrorCode));
        Assert.Contains("card_id goes in the body, not the query string", error.Message, StringComparison.Ordinal);
        Assert.Equal("EFFECTIVE", (string?)harness.Emulator.GetUserCard(Code)!["user_card_state"]);
        BrandFamilyTests.AssertBrandSigned(harness, Assert.Single(harness.Emulator.Host.Requests));
    }

    [Fact]
    public async Task The_sdk_facade_sends_each_family_s_official_reading_of_invalidate()
    {
        await using var partner = await PartnerWithRawApiAsync();
        await using var brand = await BrandWithRawApiAsync();
        InvalidateUserCardRequest Invalidate() => new() { UserCardCode = Code, BrandId = "1004", CardId = CardId, OpenId = OpenId, InvalidReason = "用户申请注销" };

        await partner.Client.InvalidateUserCardAsync(Invalidate());
        await brand.Client.InvalidateUserCardAsync(Invalidate());

        var (p, b) = (Assert.Single(partner.Emulator.Host.Requests), Assert.Single(brand.Emulator.Host.Requests));
        Assert.Equal($"/v3/brand/partner/card-member/user-cards/{Code}/invalidate?brand_id=1004&card_id={CardId}", p.PathAndQuery);
        Assert.Equal($$"""{"openid":"{{OpenId}}","invalid_reason":"用户申请注销"}""", p.BodyText);
        Assert.Equal($"/brand/card-member/user-cards/{Code}/invalidate", b.PathAndQuery);
        Assert.Equal($$"""{"card_id":"{{CardId}}","openid":"{{OpenId}}","invalid_reason":"用户申请注销"}""", b.BodyText);
    }

    [Fact]
    public async Task Patch_with_card_id_in_the_query_as_the_official_page_says_is_accepted()
    {
        await using var harness = await BrandWithRawApiAsync();
        var api = harness.Services.GetRequiredService<IBrandUserCardPlacementApi>();

        await api.PatchAsync(Code, CardId, Json($$"""{"openid":"{{OpenId}}","level":"金卡"}"""));

        Assert.Equal("金卡", (string?)harness.Emulator.GetUserCard(Code)!["level"]);
        var request = Assert.Single(harness.Emulator.Host.Requests);
        Assert.Equal($"/brand/card-member/user-cards/{Code}?card_id={CardId}", request.PathAndQuery);
        BrandFamilyTests.AssertBrandSigned(harness, request);
    }

    [Fact]
    public async Task Patch_with_card_id_in_the_body_as_SEN_sends_it_is_refused_saying_it_goes_in_the_query()
    {
        await using var harness = await BrandWithRawApiAsync();
        var api = harness.Services.GetRequiredService<IBrandUserCardPlacementApi>();

        var error = await Assert.ThrowsAsync<WeChatPayApiException>(() => api.PatchWithoutQueryAsync(Code, Json($$"""{"card_id":"{{CardId}}","openid":"{{OpenId}}","level":"金卡"}""")));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("PARAM_ERROR", error.ErrorCode);
        Assert.Contains("card_id goes in the query string (?card_id=), not the body", error.Message, StringComparison.Ordinal);
        Assert.Equal("钻石会员", (string?)harness.Emulator.GetUserCard(Code)!["level"]);
        BrandFamilyTests.AssertBrandSigned(harness, Assert.Single(harness.Emulator.Host.Requests));
    }

    [Fact]
    public async Task Confirm_with_card_id_in_the_body_as_the_official_page_says_is_accepted()
    {
        await using var harness = await BrandWithRawApiAsync();
        var api = harness.Services.GetRequiredService<IBrandUserCardPlacementApi>();

        await api.ConfirmAsync("778899", Json($$"""{"card_id":"{{CardId}}","openid":"{{OpenId}}","user_card_confirm_state":"CREATE_CARD_SUCCESS"}"""));

        Assert.Equal("EFFECTIVE", (string?)harness.Emulator.GetUserCard("778899")!["user_card_state"]);
        Assert.Equal(CardId, (string?)harness.Emulator.GetUserCard("778899")!["card_id"]);
        var request = Assert.Single(harness.Emulator.Host.Requests);
        Assert.Equal("/brand/card-member/user-cards/778899/confirm", request.PathAndQuery);
        BrandFamilyTests.AssertBrandSigned(harness, request);
    }

    [Fact]
    public async Task Confirm_with_card_id_in_the_query_as_Y_and_SKIT_send_it_is_refused_saying_it_goes_in_the_body()
    {
        await using var harness = await BrandWithRawApiAsync();
        var api = harness.Services.GetRequiredService<IBrandUserCardPlacementApi>();

        var error = await Assert.ThrowsAsync<WeChatPayApiException>(() => api.ConfirmWithQueryAsync("778899", CardId, Json($$"""{"openid":"{{OpenId}}","user_card_confirm_state":"CREATE_CARD_SUCCESS"}""")));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("PARAM_ERROR", error.ErrorCode);
        Assert.Contains("card_id goes in the body, not the query string", error.Message, StringComparison.Ordinal);
        Assert.Null(harness.Emulator.GetUserCard("778899"));
        Assert.Equal($"/brand/card-member/user-cards/778899/confirm?card_id={CardId}", Assert.Single(harness.Emulator.Host.Requests).PathAndQuery);
    }

    [Fact]
    public async Task The_sdk_facade_sends_the_official_reading_of_both_calls()
    {
        await using var harness = await BrandWithRawApiAsync();

        await harness.Client.UpdateUserCardAsync(new UpdateUserCardRequest { UserCardCode = Code, CardId = CardId, BrandId = "1004", OpenId = OpenId, Level = "金卡" });
        await harness.Client.ConfirmUserCardAsync(new ConfirmUserCardRequest { UserCardCode = "778899", BrandId = "1004", CardId = CardId, OpenId = OpenId, UserCardConfirmState = UserCardConfirmState.CreateCardSuccess });

        var (patch, confirm) = (harness.Emulator.Host.Requests[0], harness.Emulator.Host.Requests[1]);
        Assert.Equal($"/brand/card-member/user-cards/{Code}?card_id={CardId}", patch.PathAndQuery);
        Assert.DoesNotContain("card_id", patch.BodyText, StringComparison.Ordinal);
        Assert.Equal("/brand/card-member/user-cards/778899/confirm", confirm.PathAndQuery);
        Assert.Contains($"\"card_id\":\"{CardId}\"", confirm.BodyText, StringComparison.Ordinal);
    }
}

/// <summary>A host's raw interface for both readings of where <c>card_id</c> goes on two brand-direct user-card calls.</summary>
public interface IBrandUserCardPlacementApi
{
    /// <summary>PATCH with <c>?card_id=</c> (B4015582719).</summary>
    [Patch("/brand/card-member/user-cards/{code}")]
    Task PatchAsync(string code, [AliasAs("card_id")] string cardId, [Body] HttpContent body);

    /// <summary>PATCH with no query (SEN: <c>card_id</c> in the body).</summary>
    [Patch("/brand/card-member/user-cards/{code}")]
    Task PatchWithoutQueryAsync(string code, [Body] HttpContent body);

    /// <summary>Confirm with <c>card_id</c> in the body (P4015336979).</summary>
    [Post("/brand/card-member/user-cards/{code}/confirm")]
    Task ConfirmAsync(string code, [Body] HttpContent body);

    /// <summary>Confirm with <c>?card_id=</c> (Y, SKIT).</summary>
    [Post("/brand/card-member/user-cards/{code}/confirm")]
    Task ConfirmWithQueryAsync(string code, [AliasAs("card_id")] string cardId, [Body] HttpContent body);

    /// <summary>Invalidate with <c>card_id</c> in the body (B4015582726).</summary>
    [Post("/brand/card-member/user-cards/{code}/invalidate")]
    Task InvalidateAsync(string code, [Body] HttpContent body);

    /// <summary>Invalidate with <c>?card_id=</c> (the partner page's place).</summary>
    [Post("/brand/card-member/user-cards/{code}/invalidate")]
    Task InvalidateWithQueryAsync(string code, [AliasAs("card_id")] string cardId, [Body] HttpContent body);
}

/// <summary>A host's raw interface for both readings of where <c>brand_id</c> and <c>card_id</c> go on the partner user-card invalidate.</summary>
public interface IPartnerUserCardPlacementApi
{
    /// <summary>Invalidate with <c>?brand_id=&amp;card_id=</c> (P4015336983).</summary>
    [Post("/v3/brand/partner/card-member/user-cards/{code}/invalidate")]
    Task InvalidateAsync(string code, [AliasAs("brand_id")] string brandId, [AliasAs("card_id")] string cardId, [Body] HttpContent body);

    /// <summary>Invalidate with no query (both in the body, as the SDK sent it before).</summary>
    [Post("/v3/brand/partner/card-member/user-cards/{code}/invalidate")]
    Task InvalidateWithoutQueryAsync(string code, [Body] HttpContent body);

    /// <summary>Invalidate with <c>?card_id=</c> only (<c>brand_id</c> in the body).</summary>
    [Post("/v3/brand/partner/card-member/user-cards/{code}/invalidate")]
    Task InvalidateWithCardIdOnlyAsync(string code, [AliasAs("card_id")] string cardId, [Body] HttpContent body);
}
