using System.Text;
using MemberCards.Sdk.Security;
using MemberCards.Sdk.TestVectors;

namespace MemberCards.Sdk.WeChatPay.Tests.Unit;

public sealed class ResponseSignatureTests
{
    private static readonly DateTimeOffset SignedAt = DateTimeOffset.FromUnixTimeSeconds(1722850421);

    private static string? Check(string? timestamp = PublishedVectors.TvCTimestamp, string? nonce = PublishedVectors.TvCNonce, string? signature = PublishedVectors.TvCSignature, string body = PublishedVectors.TvCBody, DateTimeOffset? now = null)
    {
        using var key = PemKeys.LoadRsaPublicKey(PublishedVectors.P1PublicKey);
        return ResponseSignature.Check(key, timestamp, nonce, signature, Encoding.UTF8.GetBytes(body), now ?? SignedAt);
    }

    [Fact]
    public void TV_C_published_answer_verifies_with_the_public_key()
    {
        Assert.Equal($"1722850421\nd824f2e086d3c1df967785d13fcd22ef\n{PublishedVectors.TvCBody}\n", Encoding.UTF8.GetString(ResponseSignature.BuildMessage(PublishedVectors.TvCTimestamp, PublishedVectors.TvCNonce, Encoding.UTF8.GetBytes(PublishedVectors.TvCBody))));
        Assert.Null(Check());
    }

    [Theory]
    [InlineData(-299)]
    [InlineData(299)]
    public void Timestamps_inside_the_window_verify(int secondsFromSigning)
        => Assert.Null(Check(now: SignedAt.AddSeconds(secondsFromSigning)));

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    [InlineData(300)]
    public void Timestamps_five_minutes_away_or_more_fail(int secondsFromSigning)
        => Assert.Contains("5 minutes", Check(now: SignedAt.AddSeconds(secondsFromSigning)), StringComparison.Ordinal);

    [Fact]
    public void One_byte_changed_in_the_body_fails()
        => Assert.Contains("does not verify", Check(body: PublishedVectors.TvCBody.Replace("JyC91EIz1", "JyC91EIz2", StringComparison.Ordinal)), StringComparison.Ordinal);

    [Fact]
    public void A_space_added_to_the_body_fails()
        => Assert.NotNull(Check(body: PublishedVectors.TvCBody + " "));

    [Fact]
    public void A_probe_signature_fails()
        => Assert.Contains("probe", Check(signature: "WECHATPAY/SIGNTEST/" + PublishedVectors.TvCSignature), StringComparison.Ordinal);

    [Fact]
    public void An_undecodable_signature_fails_without_throwing()
        => Assert.NotNull(Check(signature: "not*base64=="));

    [Theory]
    [InlineData(null, PublishedVectors.TvCNonce, PublishedVectors.TvCSignature)]
    [InlineData(PublishedVectors.TvCTimestamp, null, PublishedVectors.TvCSignature)]
    [InlineData(PublishedVectors.TvCTimestamp, PublishedVectors.TvCNonce, null)]
    [InlineData("17228504210000000000000", PublishedVectors.TvCNonce, PublishedVectors.TvCSignature)]
    [InlineData("1722850421.5", PublishedVectors.TvCNonce, PublishedVectors.TvCSignature)]
    public void Missing_or_malformed_headers_fail(string? timestamp, string? nonce, string? signature)
        => Assert.NotNull(Check(timestamp, nonce, signature));

    [Fact]
    public void Another_key_does_not_verify()
    {
        using var other = System.Security.Cryptography.RSA.Create(2048);
        Assert.NotNull(ResponseSignature.Check(other, PublishedVectors.TvCTimestamp, PublishedVectors.TvCNonce, PublishedVectors.TvCSignature, Encoding.UTF8.GetBytes(PublishedVectors.TvCBody), SignedAt));
    }
}
