using System.Text;
using MemberCards.Sdk.Security;

namespace MemberCards.Sdk.WeChatPay.Tests.Unit;

public sealed class AesGcmVectorTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb");

    [Fact]
    public void TV_E_decrypts_to_the_published_plaintext()
        => Assert.Equal("message", AesGcmCipher.Decrypt(Key, "uluk4a9R25RW", "associatedData", "ulwSiIajGClcvcOYvOQ7+l+0PAbzzwI="));

    [Fact]
    public void TV_E_encrypts_to_the_published_ciphertext()
        => Assert.Equal("ulwSiIajGClcvcOYvOQ7+l+0PAbzzwI=", AesGcmCipher.Encrypt(Key, "uluk4a9R25RW", "associatedData", "message"));

    [Fact]
    public void A_wrong_associated_data_is_a_signature_failure()
        => Assert.Throws<MemberCardsSignatureException>(() => AesGcmCipher.Decrypt(Key, "uluk4a9R25RW", "certificate", "ulwSiIajGClcvcOYvOQ7+l+0PAbzzwI="));
}
