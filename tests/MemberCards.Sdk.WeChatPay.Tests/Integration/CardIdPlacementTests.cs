using System.Text;
using MemberCards.Sdk.WeChatPay.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

/// <summary>
/// Issue 21: where <c>card_id</c> goes on the brand-direct user-card calls whose sources disagree. Both readings are
/// sent, brand-signed over real HTTP, through a host interface on the brand registration's pipeline; the emulator
/// plays the official page's reading and refuses the other with an error that says where <c>card_id</c> goes; the
/// SDK's facade sends the official reading.
/// <list type="bullet">
/// <item>PATCH <c>/user-cards/{code}</c>: query (B4015582719, the official page) vs body (SEN).</item>
/// <item>POST <c>/user-cards/{code}/confirm</c>: body (P4015336979, the official page; the brand-direct page is the same
/// body minus <c>brand_id</c>) vs query (Y, SKIT).</item>
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

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

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
}
