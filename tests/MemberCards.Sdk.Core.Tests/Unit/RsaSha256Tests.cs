using System.Security.Cryptography;
using System.Text;
using MemberCards.Sdk.Security;
using static MemberCards.Sdk.TestVectors.PublishedVectors;

namespace MemberCards.Sdk.Core.Tests.Unit;

public sealed class RsaSha256Tests
{
    // WeChat Pay reference, section 7, TV-A (request signature with the official doc key K1).
    private const string TvAMessage = $"POST\n{TvAUrl}\n{TvATimestamp}\n{TvANonce}\n{TvABody}\n";

    // TV-C (response verification in public-key mode with P1).
    private const string TvCMessage = $"{TvCTimestamp}\n{TvCNonce}\n{TvCBody}\n";

    [Fact]
    public void Sign_reproduces_the_published_WeChat_Pay_signature_byte_for_byte()
    {
        using var key = PemKeys.LoadRsaPrivateKey(K1PrivateKeyPkcs8);
        Assert.Equal(TvASignature, RsaSha256.Sign(key, Encoding.UTF8.GetBytes(TvAMessage)));
    }

    [Fact]
    public void Sign_with_the_PKCS1_form_of_the_key_gives_the_same_signature()
    {
        using var key = PemKeys.LoadRsaPrivateKey(TestKeys.K1Pkcs1);
        Assert.Equal(TvASignature, RsaSha256.Sign(key, Encoding.UTF8.GetBytes(TvAMessage)));
    }

    [Fact]
    public void Verify_accepts_the_published_response_signature()
    {
        using var key = PemKeys.LoadRsaPublicKey(P1PublicKey);
        Assert.True(RsaSha256.Verify(key, Encoding.UTF8.GetBytes(TvCMessage), TvCSignature));
    }

    [Fact]
    public void Verify_accepts_TV_A_with_the_public_half_of_K1_from_SPKI_and_certificate()
    {
        using var spki = PemKeys.LoadRsaPublicKey(K1PublicKeySpki);
        using var cert = PemKeys.LoadRsaPublicKey(TestKeys.K1Certificate);
        Assert.True(RsaSha256.Verify(spki, Encoding.UTF8.GetBytes(TvAMessage), TvASignature));
        Assert.True(RsaSha256.Verify(cert, Encoding.UTF8.GetBytes(TvAMessage), TvASignature));
    }

    [Fact]
    public void Verify_rejects_a_body_with_one_extra_space()
    {
        using var key = PemKeys.LoadRsaPublicKey(P1PublicKey);
        var tampered = TvCMessage.Replace("{\"code_url\"", "{ \"code_url\"", StringComparison.Ordinal);
        Assert.False(RsaSha256.Verify(key, Encoding.UTF8.GetBytes(tampered), TvCSignature));
    }

    [Fact]
    public void Verify_rejects_a_signature_with_one_flipped_bit()
    {
        using var key = PemKeys.LoadRsaPublicKey(P1PublicKey);
        var bytes = Convert.FromBase64String(TvCSignature);
        bytes[100] ^= 0x01;
        Assert.False(RsaSha256.Verify(key, Encoding.UTF8.GetBytes(TvCMessage), Convert.ToBase64String(bytes)));
    }

    [Fact]
    public void Verify_rejects_the_signature_under_another_key()
    {
        using var other = PemKeys.LoadRsaPublicKey(K1PublicKeySpki);
        Assert.False(RsaSha256.Verify(other, Encoding.UTF8.GetBytes(TvCMessage), TvCSignature));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("WECHATPAY/SIGNTEST/bm90LWEtc2lnbmF0dXJl")]
    [InlineData("not base64 at all!")]
    [InlineData("QUJD")]
    public void Verify_treats_missing_probe_and_malformed_signatures_as_invalid(string? signature)
    {
        using var key = PemKeys.LoadRsaPublicKey(P1PublicKey);
        Assert.False(RsaSha256.Verify(key, Encoding.UTF8.GetBytes(TvCMessage), signature));
    }

    [Fact]
    public void Verify_rejects_an_oversized_signature_without_throwing()
    {
        using var key = PemKeys.LoadRsaPublicKey(P1PublicKey);
        Assert.False(RsaSha256.Verify(key, Encoding.UTF8.GetBytes(TvCMessage), Convert.ToBase64String(new byte[2048])));
    }

    [Fact]
    public void Sign_with_a_public_only_key_is_an_argument_error_that_says_why()
    {
        using var publicKey = PemKeys.LoadRsaPublicKey(K1PublicKeySpki);
        var ex = Assert.Throws<ArgumentException>(() => RsaSha256.Sign(publicKey, "x"u8));
        Assert.Equal("privateKey", ex.ParamName);
        Assert.Contains("not an RSA private key", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_keys_are_argument_errors()
    {
        Assert.Throws<ArgumentNullException>(() => RsaSha256.Sign(null!, "x"u8));
        Assert.Throws<ArgumentNullException>(() => RsaSha256.Verify(null!, "x"u8, TvCSignature));
    }

    [Fact]
    public void Sign_of_an_empty_message_verifies()
    {
        using var key = PemKeys.LoadRsaPrivateKey(K1PrivateKeyPkcs8);
        var signature = RsaSha256.Sign(key, ReadOnlySpan<byte>.Empty);
        Assert.True(RsaSha256.Verify(key, ReadOnlySpan<byte>.Empty, signature));
        Assert.Equal(344, signature.Length);
    }

    [Fact]
    public void A_4096_bit_key_signs_and_verifies()
    {
        using var key = RSA.Create(4096);
        var signature = RsaSha256.Sign(key, "hello"u8);
        Assert.Equal(684, signature.Length);
        Assert.True(RsaSha256.Verify(key, "hello"u8, signature));
    }
}
