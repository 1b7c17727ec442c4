using System.Text;
using MemberCards.Sdk.Security;
using static MemberCards.Sdk.TestVectors.PublishedVectors;

namespace MemberCards.Sdk.WeChatPay.Tests.Unit;

public sealed class AesGcmVectorTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes(TvEKey);

    [Fact]
    public void TV_E_decrypts_to_the_published_plaintext()
        => Assert.Equal(TvEPlaintext, AesGcmCipher.Decrypt(Key, TvENonce, TvEAssociatedData, TvECiphertext));

    [Fact]
    public void TV_E_encrypts_to_the_published_ciphertext()
        => Assert.Equal(TvECiphertext, AesGcmCipher.Encrypt(Key, TvENonce, TvEAssociatedData, TvEPlaintext));

    [Fact]
    public void A_wrong_associated_data_is_a_signature_failure()
        => Assert.Throws<MemberCardsSignatureException>(() => AesGcmCipher.Decrypt(Key, TvENonce, "certificate", TvECiphertext));
}
