using System.Security.Cryptography;
using MemberCards.Sdk.Security;
using MemberCards.Sdk.TestVectors;

namespace MemberCards.Sdk.Core.Tests.Unit;

public sealed class RsaOaepTests
{
    [Theory]
    [InlineData("13800138000")]
    [InlineData("张三")]
    [InlineData("")]
    public void Encrypt_then_decrypt_round_trips_UTF8_text(string plaintext)
    {
        using var publicKey = PemKeys.LoadRsaPublicKey(PublishedVectors.K1PublicKeySpki);
        using var privateKey = PemKeys.LoadRsaPrivateKey(PublishedVectors.K1PrivateKeyPkcs8);
        var cipher = RsaOaep.Encrypt(publicKey, plaintext);
        Assert.Equal(256, Convert.FromBase64String(cipher).Length);
        Assert.Equal(plaintext, RsaOaep.Decrypt(privateKey, cipher));
    }

    [Fact]
    public void Encrypt_uses_OAEP_SHA1_so_the_bare_platform_call_decrypts_it()
    {
        using var publicKey = PemKeys.LoadRsaPublicKey(TestKeys.K1Certificate);
        using var privateKey = PemKeys.LoadRsaPrivateKey(TestKeys.K1Pkcs1);
        var cipher = Convert.FromBase64String(RsaOaep.Encrypt(publicKey, "138****8000"));
        Assert.Equal("138****8000"u8.ToArray(), privateKey.Decrypt(cipher, RSAEncryptionPadding.OaepSHA1));
        Assert.ThrowsAny<CryptographicException>(() => privateKey.Decrypt(cipher, RSAEncryptionPadding.OaepSHA256));
    }

    [Fact]
    public void Decrypt_reads_what_the_bare_platform_call_encrypted()
    {
        using var privateKey = PemKeys.LoadRsaPrivateKey(PublishedVectors.K1PrivateKeyPkcs8);
        var cipher = Convert.ToBase64String(privateKey.Encrypt("会员"u8.ToArray(), RSAEncryptionPadding.OaepSHA1));
        Assert.Equal("会员", RsaOaep.Decrypt(privateKey, cipher));
    }

    [Fact]
    public void Encrypt_refuses_text_longer_than_214_bytes_for_a_2048_bit_key()
    {
        using var publicKey = PemKeys.LoadRsaPublicKey(PublishedVectors.K1PublicKeySpki);
        Assert.Equal(256, Convert.FromBase64String(RsaOaep.Encrypt(publicKey, new string('a', 214))).Length);
        var ex = Assert.Throws<ArgumentException>(() => RsaOaep.Encrypt(publicKey, new string('a', 215)));
        Assert.Equal("plaintext", ex.ParamName);
        Assert.Contains("215", ex.Message, StringComparison.Ordinal);
        Assert.Contains("214", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decrypt_of_non_Base64_is_a_format_error()
    {
        using var privateKey = PemKeys.LoadRsaPrivateKey(PublishedVectors.K1PrivateKeyPkcs8);
        var ex = Assert.Throws<MemberCardsFormatException>(() => RsaOaep.Decrypt(privateKey, "%%%not-base64"));
        Assert.Equal("RSA-OAEP ciphertext", ex.Target);
        Assert.Contains("not Base64", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decrypt_with_the_wrong_key_is_a_format_error()
    {
        using var publicKey = PemKeys.LoadRsaPublicKey(PublishedVectors.P1PublicKey);
        using var privateKey = PemKeys.LoadRsaPrivateKey(PublishedVectors.K1PrivateKeyPkcs8);
        var cipher = RsaOaep.Encrypt(publicKey, "secret");
        var ex = Assert.Throws<MemberCardsFormatException>(() => RsaOaep.Decrypt(privateKey, cipher));
        Assert.Contains("does not decrypt with this private key", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decrypt_of_tampered_ciphertext_is_a_format_error()
    {
        using var privateKey = PemKeys.LoadRsaPrivateKey(PublishedVectors.K1PrivateKeyPkcs8);
        var bytes = Convert.FromBase64String(RsaOaep.Encrypt(privateKey, "secret"));
        bytes[10] ^= 0x80;
        Assert.Throws<MemberCardsFormatException>(() => RsaOaep.Decrypt(privateKey, Convert.ToBase64String(bytes)));
    }

    [Fact]
    public void Decrypt_with_a_public_only_key_is_a_MemberCards_error()
    {
        using var publicKey = PemKeys.LoadRsaPublicKey(PublishedVectors.K1PublicKeySpki);
        var cipher = RsaOaep.Encrypt(publicKey, "secret");
        Assert.ThrowsAny<MemberCardsException>(() => RsaOaep.Decrypt(publicKey, cipher));
    }

    [Fact]
    public void Null_arguments_are_argument_errors()
    {
        using var key = PemKeys.LoadRsaPrivateKey(PublishedVectors.K1PrivateKeyPkcs8);
        Assert.Throws<ArgumentNullException>(() => RsaOaep.Encrypt(null!, "x"));
        Assert.Throws<ArgumentNullException>(() => RsaOaep.Encrypt(key, null!));
        Assert.Throws<ArgumentNullException>(() => RsaOaep.Decrypt(null!, "x"));
        Assert.Throws<ArgumentNullException>(() => RsaOaep.Decrypt(key, null!));
    }

    [Fact]
    public void Decrypt_of_empty_text_is_a_format_error()
    {
        using var key = PemKeys.LoadRsaPrivateKey(PublishedVectors.K1PrivateKeyPkcs8);
        Assert.Throws<MemberCardsFormatException>(() => RsaOaep.Decrypt(key, string.Empty));
    }
}
