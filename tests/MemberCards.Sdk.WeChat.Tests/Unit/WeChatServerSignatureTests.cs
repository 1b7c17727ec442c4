using MemberCards.Sdk.Security;

namespace MemberCards.Sdk.WeChat.Tests.Unit;

/// <summary>
/// No published vector exists for the WeChat server signature; the expected digests were computed outside
/// .NET with coreutils: <c>printf '%s' 1700000000 837465 membercards | sha1sum</c> and, for the safe-mode
/// form, <c>printf '%s\n' membercards 1700000000 837465 Zm9vYmFyQmFzZTY0 | LC_ALL=C sort | tr -d '\n' | sha1sum</c>.
/// </summary>
public sealed class WeChatServerSignatureTests
{
    private const string Token = "membercards";
    private const string Timestamp = "1700000000";
    private const string NonceValue = "837465";
    private const string Encrypt = "Zm9vYmFyQmFzZTY0";
    private const string Expected = "aabe8ae51da4e0c900538a21cf732c9410302d23";
    private const string ExpectedWithEncrypt = "fb4bad66f21c09dfcf373e92405040417803bd3c";

    [Fact]
    public void Compute_matches_sha1sum_of_the_sorted_parts()
        => Assert.Equal(Expected, WeChatServerSignature.Compute(Token, Timestamp, NonceValue));

    [Fact]
    public void Compute_with_the_encrypted_message_sorts_ordinally_upper_case_first()
        => Assert.Equal(ExpectedWithEncrypt, WeChatServerSignature.Compute(Token, Timestamp, NonceValue, Encrypt));

    [Fact]
    public void The_order_of_the_arguments_does_not_matter_only_their_values()
        => Assert.Equal(Expected, WeChatServerSignature.Compute(NonceValue, Token, Timestamp));

    [Fact]
    public void Verify_accepts_lower_and_upper_case_hex()
    {
        Assert.True(WeChatServerSignature.Verify(Token, Timestamp, NonceValue, Expected));
        Assert.True(WeChatServerSignature.Verify(Token, Timestamp, NonceValue, Expected.ToUpperInvariant()));
        Assert.True(WeChatServerSignature.Verify(Token, Timestamp, NonceValue, ExpectedWithEncrypt, Encrypt));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("aabe8ae51da4e0c900538a21cf732c9410302d2")]
    [InlineData("aabe8ae51da4e0c900538a21cf732c9410302d24")]
    [InlineData("fb4bad66f21c09dfcf373e92405040417803bd3c")]
    public void Verify_rejects_missing_short_and_wrong_signatures(string? signature)
        => Assert.False(WeChatServerSignature.Verify(Token, Timestamp, NonceValue, signature));

    [Fact]
    public void Verify_rejects_a_signature_made_with_another_token()
        => Assert.False(WeChatServerSignature.Verify("other-token", Timestamp, NonceValue, Expected));

    [Fact]
    public void Null_parts_are_argument_errors()
    {
        Assert.Throws<ArgumentNullException>(() => WeChatServerSignature.Compute(null!, Timestamp, NonceValue));
        Assert.Throws<ArgumentNullException>(() => WeChatServerSignature.Compute(Token, null!, NonceValue));
        Assert.Throws<ArgumentNullException>(() => WeChatServerSignature.Compute(Token, Timestamp, null!));
    }
}
