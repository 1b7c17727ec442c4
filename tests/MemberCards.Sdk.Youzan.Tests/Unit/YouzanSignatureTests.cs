using MemberCards.Sdk.Security;

namespace MemberCards.Sdk.Youzan.Tests.Unit;

/// <summary>
/// The expected digests were computed outside .NET with coreutils, for example
/// <c>printf '%s' client-123 'msg%3D%7B%22id%22%3A1%7D%E4%BC%9A%E5%91%98' secret-xyz | md5sum</c>.
/// </summary>
public sealed class YouzanSignatureTests
{
    private const string ClientId = "client-123";
    private const string ClientSecret = "secret-xyz";
    private const string EncodedMsg = "msg%3D%7B%22id%22%3A1%7D%E4%BC%9A%E5%91%98";

    [Fact]
    public void Compute_hashes_the_still_URL_encoded_msg()
        => Assert.Equal("efd9c2365201883e16e5deb3861206c5", YouzanSignature.Compute(ClientId, EncodedMsg, ClientSecret));

    [Fact]
    public void Compute_hashes_Chinese_text_as_UTF8()
        => Assert.Equal("1e65c7734f17c6d8e132b3a9151156d5", YouzanSignature.Compute(ClientId, "会员积分", ClientSecret));

    [Fact]
    public void Compute_of_a_message_longer_than_the_stack_buffer_matches_the_platform_MD5()
    {
        var msg = new string('积', 2000);
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(ClientId + msg + ClientSecret)));
        Assert.Equal(expected, YouzanSignature.Compute(ClientId, msg, ClientSecret));
    }

    [Fact]
    public void Verify_over_bytes_matches_the_same_coreutils_digest()
    {
        var utf8 = System.Text.Encoding.UTF8;
        Assert.True(YouzanSignature.Verify(utf8.GetBytes(ClientId), utf8.GetBytes(EncodedMsg), utf8.GetBytes(ClientSecret), "efd9c2365201883e16e5deb3861206c5"));
        Assert.True(YouzanSignature.Verify(utf8.GetBytes(ClientId), utf8.GetBytes("会员积分"), utf8.GetBytes(ClientSecret), "1E65C7734F17C6D8E132B3A9151156D5"));
        Assert.False(YouzanSignature.Verify(utf8.GetBytes(ClientId), utf8.GetBytes(EncodedMsg + " "), utf8.GetBytes(ClientSecret), "efd9c2365201883e16e5deb3861206c5"));
        Assert.False(YouzanSignature.Verify(utf8.GetBytes(ClientId), utf8.GetBytes(EncodedMsg), utf8.GetBytes(ClientSecret), "efd9c2365201883e16e5deb3861206cz"));
    }

    [Fact]
    public void Verify_ignores_hex_case()
    {
        Assert.True(YouzanSignature.Verify(ClientId, EncodedMsg, ClientSecret, "efd9c2365201883e16e5deb3861206c5"));
        Assert.True(YouzanSignature.Verify(ClientId, EncodedMsg, ClientSecret, "EFD9C2365201883E16E5DEB3861206C5"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("efd9c2365201883e16e5deb3861206c")]
    [InlineData("efd9c2365201883e16e5deb3861206c6")]
    public void Verify_rejects_missing_short_and_wrong_signatures(string? signature)
        => Assert.False(YouzanSignature.Verify(ClientId, EncodedMsg, ClientSecret, signature));

    [Fact]
    public void Verify_rejects_the_signature_of_the_decoded_msg()
    {
        var decoded = Uri.UnescapeDataString(EncodedMsg);
        Assert.False(YouzanSignature.Verify(ClientId, decoded, ClientSecret, "efd9c2365201883e16e5deb3861206c5"));
    }

    [Fact]
    public void Null_parts_are_argument_errors()
    {
        Assert.Throws<ArgumentNullException>(() => YouzanSignature.Compute(null!, EncodedMsg, ClientSecret));
        Assert.Throws<ArgumentNullException>(() => YouzanSignature.Compute(ClientId, null!, ClientSecret));
        Assert.Throws<ArgumentNullException>(() => YouzanSignature.Compute(ClientId, EncodedMsg, null!));
    }
}
