using System.Security.Cryptography;
using System.Text;
using MemberCards.Sdk.Security;
using static MemberCards.Sdk.TestVectors.PublishedVectors;

namespace MemberCards.Sdk.Core.Tests.Unit;

public sealed class AesGcmCipherTests
{
    // WeChat Pay reference, section 7, TV-E (wechatpay-java AeadAesCipherTest).
    private static readonly byte[] Key = Encoding.UTF8.GetBytes(TvEKey);

    [Fact]
    public void Decrypt_reads_the_published_vector()
        => Assert.Equal(TvEPlaintext, AesGcmCipher.Decrypt(Key, TvENonce, TvEAssociatedData, TvECiphertext));

    [Fact]
    public void DecryptBytes_reads_the_published_vector()
        => Assert.Equal("message"u8.ToArray(), AesGcmCipher.DecryptBytes(Key, TvENonce, TvEAssociatedData, TvECiphertext));

    [Fact]
    public void Encrypt_produces_the_published_vector()
        => Assert.Equal(TvECiphertext, AesGcmCipher.Encrypt(Key, TvENonce, TvEAssociatedData, TvEPlaintext));

    [Fact]
    public void Null_and_empty_associated_data_are_the_same()
    {
        var cipher = AesGcmCipher.Encrypt(Key, TvENonce, null, "{\"会员\":1}");
        Assert.Equal(cipher, AesGcmCipher.Encrypt(Key, TvENonce, string.Empty, "{\"会员\":1}"));
        Assert.Equal("{\"会员\":1}", AesGcmCipher.Decrypt(Key, TvENonce, string.Empty, cipher));
    }

    [Fact]
    public void Wrong_key_is_a_signature_error_that_does_not_reveal_the_key()
    {
        var wrong = Encoding.UTF8.GetBytes("b7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb");
        var ex = Assert.Throws<MemberCardsSignatureException>(() => AesGcmCipher.Decrypt(wrong, TvENonce, TvEAssociatedData, TvECiphertext));
        Assert.Contains("tag does not verify", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("b7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_associated_data_is_a_signature_error()
        => Assert.Throws<MemberCardsSignatureException>(() => AesGcmCipher.Decrypt(Key, TvENonce, "certificate", TvECiphertext));

    [Fact]
    public void Tampered_ciphertext_is_a_signature_error()
    {
        var bytes = Convert.FromBase64String(TvECiphertext);
        bytes[0] ^= 0x01;
        Assert.Throws<MemberCardsSignatureException>(() => AesGcmCipher.Decrypt(Key, TvENonce, TvEAssociatedData, Convert.ToBase64String(bytes)));
    }

    [Fact]
    public void Tampered_tag_is_a_signature_error()
    {
        var bytes = Convert.FromBase64String(TvECiphertext);
        bytes[^1] ^= 0x01;
        Assert.Throws<MemberCardsSignatureException>(() => AesGcmCipher.Decrypt(Key, TvENonce, TvEAssociatedData, Convert.ToBase64String(bytes)));
    }

    [Fact]
    public void Ciphertext_with_its_tag_cut_short_is_a_format_error()
    {
        var bytes = Convert.FromBase64String(TvECiphertext);
        var ex = Assert.Throws<MemberCardsFormatException>(() => AesGcmCipher.Decrypt(Key, TvENonce, TvEAssociatedData, Convert.ToBase64String(bytes.AsSpan(0, 15))));
        Assert.Equal("AES-GCM ciphertext", ex.Target);
        Assert.Contains("15 bytes", ex.Message, StringComparison.Ordinal);
        Assert.Contains("16-byte tag", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ciphertext_missing_one_tag_byte_does_not_verify()
    {
        var bytes = Convert.FromBase64String(TvECiphertext);
        Assert.Throws<MemberCardsSignatureException>(() => AesGcmCipher.Decrypt(Key, TvENonce, TvEAssociatedData, Convert.ToBase64String(bytes.AsSpan(0, bytes.Length - 1))));
    }

    [Fact]
    public void Non_Base64_ciphertext_is_a_format_error()
    {
        var ex = Assert.Throws<MemberCardsFormatException>(() => AesGcmCipher.Decrypt(Key, TvENonce, TvEAssociatedData, "**not base64**"));
        Assert.Contains("not Base64", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("short")]
    [InlineData("uluk4a9R25RWxx")]
    public void A_received_nonce_of_the_wrong_length_is_a_format_error(string nonce)
    {
        var ex = Assert.Throws<MemberCardsFormatException>(() => AesGcmCipher.Decrypt(Key, nonce, TvEAssociatedData, TvECiphertext));
        Assert.Equal("nonce", ex.Location);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(16)]
    [InlineData(31)]
    [InlineData(33)]
    public void A_key_that_is_not_32_bytes_is_an_argument_error_naming_the_length(int length)
    {
        var key = new byte[length];
        var ex = Assert.Throws<ArgumentException>(() => AesGcmCipher.Decrypt(key, TvENonce, TvEAssociatedData, TvECiphertext));
        Assert.Equal("key", ex.ParamName);
        Assert.Contains($"got {length}", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => AesGcmCipher.Encrypt(key, TvENonce, TvEAssociatedData, TvEPlaintext));
    }

    [Fact]
    public void Empty_or_null_nonce_and_null_ciphertext_are_argument_errors()
    {
        Assert.Throws<ArgumentException>(() => AesGcmCipher.Decrypt(Key, string.Empty, TvEAssociatedData, TvECiphertext));
        Assert.Throws<ArgumentNullException>(() => AesGcmCipher.Decrypt(Key, null!, TvEAssociatedData, TvECiphertext));
        Assert.Throws<ArgumentNullException>(() => AesGcmCipher.Decrypt(Key, TvENonce, TvEAssociatedData, null!));
        Assert.Throws<ArgumentNullException>(() => AesGcmCipher.Encrypt(Key, TvENonce, TvEAssociatedData, null!));
    }

    [Fact]
    public void Encrypt_refuses_a_nonce_that_is_not_12_bytes()
    {
        var ex = Assert.Throws<ArgumentException>(() => AesGcmCipher.Encrypt(Key, "short", TvEAssociatedData, TvEPlaintext));
        Assert.Equal("nonce", ex.ParamName);
    }

    [Fact]
    public void Empty_plaintext_round_trips_as_a_bare_tag()
    {
        var cipher = AesGcmCipher.Encrypt(Key, TvENonce, TvEAssociatedData, string.Empty);
        Assert.Equal(AesGcmCipher.TagSize, Convert.FromBase64String(cipher).Length);
        Assert.Equal(string.Empty, AesGcmCipher.Decrypt(Key, TvENonce, TvEAssociatedData, cipher));
    }

    [Fact]
    public void Output_matches_the_bare_platform_AesGcm()
    {
        var plaintext = "{\"user_card_code\":\"65*****30\"}"u8.ToArray();
        var cipher = new byte[plaintext.Length];
        var tag = new byte[16];
        using (var aes = new AesGcm(Key, 16))
        {
            aes.Encrypt(Encoding.UTF8.GetBytes(TvENonce), plaintext, cipher, tag, "user_card"u8);
        }

        var expected = Convert.ToBase64String([.. cipher, .. tag]);
        Assert.Equal(expected, AesGcmCipher.Encrypt(Key, TvENonce, "user_card", Encoding.UTF8.GetString(plaintext)));
    }
}
