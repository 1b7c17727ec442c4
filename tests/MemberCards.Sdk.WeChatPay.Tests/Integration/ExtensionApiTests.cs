using System.Text.Json.Serialization;
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.WeChatPay.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

/// <summary>
/// A user's own Refit interface for an endpoint the SDK does not model (<c>POST /user-feeds</c>), over a registered
/// merchant's pipeline: signed (the emulator checks the Authorization), verified, errors mapped, retries GET-only.
/// </summary>
public sealed class ExtensionApiTests
{
    [Fact]
    public async Task AddApi_and_CreateApi_give_a_users_interface_the_merchants_signing_and_verification()
    {
        await using var emulator = await WeChatPayEmulator.StartAsync(TestKeys.Options());
        emulator.PutUserCard(WeChatPayEmulator.SampleUserCard());
        var services = new ServiceCollection();
        services.AddMemberCards()
            .AddWeChatPay("brandA", o => emulator.ConfigurePublicKeyMode(o))
            .AddApi<IMemberFeedApi>(FeedJsonContext.Default);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredKeyedService<IMemberFeedApi>("brandA").SyncUserFeedAsync(Feed("1"));
        await provider.GetRequiredService<IWeChatPayClientFactory>().CreateApi<IMemberFeedApi>("brandA").SyncUserFeedAsync(Feed("2"));

        // The emulator authenticated both (a bad signature is answered 401) and recorded the bodies exactly as sent.
        Assert.Equal(
            [
                """{"brand_id":"1004","card_id":"pbLatjvWOibDc5-TBnbUk1pD12o0","user_card_code":"478515832665","openid":"obLatjnx9gnqzS4myYGmLZ7LgLBA","out_request_no":"feed-1","cell":"积分+10"}""",
                """{"brand_id":"1004","card_id":"pbLatjvWOibDc5-TBnbUk1pD12o0","user_card_code":"478515832665","openid":"obLatjnx9gnqzS4myYGmLZ7LgLBA","out_request_no":"feed-2","cell":"积分+10"}""",
            ],
            emulator.UserFeeds);
        Assert.All(emulator.Host.Requests, r => Assert.StartsWith("WECHATPAY2-SHA256-RSA2048 mchid=", r.Header("Authorization"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_users_interface_gets_the_sdks_error_mapping_verification_and_models()
    {
        await using var harness = await Harness.StartAsync((e, o) => e.ConfigurePublicKeyMode(o), null, null, b => b.AddApi<IMemberFeedApi>(FeedJsonContext.Default), null);
        var api = harness.Services.GetRequiredService<IMemberFeedApi>();

        var refused = await Assert.ThrowsAsync<WeChatPayApiException>(() => api.SyncUserFeedAsync(new UserFeed { BrandId = "1004" }));
        harness.Emulator.Misbehave(WeChatPayMisbehavior.ProbeSignature);
        var forged = await Assert.ThrowsAsync<MemberCardsOutcomeUnknownException>(() => api.SyncUserFeedAsync(Feed("3")));
        var card = await api.GetRawUserCardAsync("478515832665", "1004", "pbLatjvWOibDc5-TBnbUk1pD12o0", "obLatjnx9gnqzS4myYGmLZ7LgLBA");
        harness.Emulator.Misbehave(WeChatPayMisbehavior.ProbeSignature);
        await Assert.ThrowsAsync<MemberCardsSignatureException>(() => api.GetRawUserCardAsync("478515832665", "1004", "pbLatjvWOibDc5-TBnbUk1pD12o0", "obLatjnx9gnqzS4myYGmLZ7LgLBA"));

        Assert.Equal(400, refused.StatusCode);
        Assert.Equal("PARAM_ERROR", refused.ErrorCode);
        Assert.IsType<MemberCardsSignatureException>(forged.InnerException);
        Assert.Equal("SyncUserFeed", forged.Operation);

        // The SDK's own models work in a user's interface; sensitive fields are the user's to decrypt there.
        Assert.Equal("478515832665", card.UserCardCode);
        Assert.NotEqual("13800138000", card.PhoneNumber?.Ciphertext);
    }

    private static UserFeed Feed(string n) => new()
    {
        BrandId = "1004",
        CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0",
        UserCardCode = "478515832665",
        OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA",
        OutRequestNo = "feed-" + n,
        Cell = "积分+10",
    };
}

/// <summary>A user's Refit interface: an endpoint the SDK does not model, and a modelled one read raw.</summary>
public interface IMemberFeedApi
{
    /// <summary>Syncs a member feed.</summary>
    [Post("/v3/brand/partner/card-member/user-feeds")]
    Task SyncUserFeedAsync([Body] UserFeed feed, CancellationToken cancellationToken = default);

    /// <summary>Reads a user card without the SDK's decryption.</summary>
    [Get("/v3/brand/partner/card-member/user-cards/{user_card_code}")]
    Task<UserCard> GetRawUserCardAsync([AliasAs("user_card_code")] string userCardCode, [AliasAs("brand_id")] string brandId, [AliasAs("card_id")] string cardId, [AliasAs("openid")] string openId, CancellationToken cancellationToken = default);
}

/// <summary>The body of <c>POST /user-feeds</c>.</summary>
public sealed class UserFeed
{
    [JsonPropertyName("brand_id")]
    public string? BrandId { get; init; }

    [JsonPropertyName("card_id")]
    public string? CardId { get; init; }

    [JsonPropertyName("user_card_code")]
    public string? UserCardCode { get; init; }

    [JsonPropertyName("openid")]
    public string? OpenId { get; init; }

    [JsonPropertyName("out_request_no")]
    public string? OutRequestNo { get; init; }

    [JsonPropertyName("cell")]
    public string? Cell { get; init; }
}

[JsonSerializable(typeof(UserFeed))]
internal sealed partial class FeedJsonContext : JsonSerializerContext;
