using System.Text;
using MemberCards.Sdk.Testing;
using MemberCards.Sdk.WeChatPay.Tests.Support;
using MemberCards.Sdk.WeChatPay.Tests.Unit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

/// <summary>
/// Issue 21: the fixed brand-direct answer of <see cref="BrandVerificationVectorTests"/> (signed with OpenSSL, see there),
/// served over real HTTP on 127.0.0.1 exactly as WeChat Pay would send it, reaches a brand registration's client through
/// its whole pipeline: verified with the WeChat Pay public key it names, read as a typed user card; the same answer with
/// one byte of body changed is refused.
/// </summary>
public sealed class BrandAnswerVectorTests
{
    private static async Task<EmulatorHost> ServeAsync(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        return await EmulatorHost.StartAsync(app => app.MapGet("/brand/card-member/user-cards/{code}", (RequestDelegate)(async context =>
        {
            context.Response.StatusCode = 200;
            context.Response.Headers["Wechatpay-Timestamp"] = BrandVerificationVectorTests.AnswerTimestamp;
            context.Response.Headers["Wechatpay-Nonce"] = BrandVerificationVectorTests.AnswerNonce;
            context.Response.Headers["Wechatpay-Signature"] = BrandVerificationVectorTests.AnswerSignature;
            context.Response.Headers["Wechatpay-Serial"] = BrandVerificationVectorTests.PublicKeyId;
            context.Response.Headers["Wechatpay-Signature-Type"] = "WECHATPAY-BRAND-SHA256-RSA2048";
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = bytes.Length;
            await context.Response.Body.WriteAsync(bytes);
        })));
    }

    [Fact]
    public async Task The_fixed_answer_over_http_verifies_and_reads_as_a_typed_user_card()
    {
        await using var host = await ServeAsync(BrandVerificationVectorTests.AnswerBody);
        await using var services = BrandVerificationVectorTests.Brand(1767225600, host.BaseAddress);

        var card = await services.GetRequiredService<IWeChatPayBrandCardClient>().GetUserCardAsync(Harness.SampleGet());

        Assert.Equal(("478515832665", "金卡", UserCardState.Effective, CardType.Normal), (card.UserCardCode, card.Level, card.UserCardState, card.CardType));
        var request = Assert.Single(host.Requests);
        Assert.Equal("/brand/card-member/user-cards/478515832665?card_id=pbLatjvWOibDc5-TBnbUk1pD12o0&openid=obLatjnx9gnqzS4myYGmLZ7LgLBA", request.PathAndQuery);
        Assert.StartsWith("WECHATPAY-BRAND-SHA256-RSA2048 brand_id=\"1004\",", request.Header("Authorization"), StringComparison.Ordinal);
        Assert.Equal(BrandVerificationVectorTests.PublicKeyId, request.Header("Wechatpay-Serial"));
    }

    [Fact]
    public async Task The_fixed_answer_with_one_byte_of_body_changed_is_refused_as_a_mismatch()
    {
        await using var host = await ServeAsync(BrandVerificationVectorTests.OneByteChanged(BrandVerificationVectorTests.AnswerBody));
        await using var services = BrandVerificationVectorTests.Brand(1767225600, host.BaseAddress);

        var error = await Assert.ThrowsAsync<MemberCardsSignatureException>(() => services.GetRequiredService<IWeChatPayBrandCardClient>().GetUserCardAsync(Harness.SampleGet()));

        Assert.Equal(SignatureFailureReason.Mismatch, error.Reason);
        Assert.NotEmpty(host.Requests);
    }
}
