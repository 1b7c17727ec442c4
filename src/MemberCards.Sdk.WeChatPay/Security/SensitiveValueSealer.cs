namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// Makes each sensitive value of a request ready for the wire: plain text (given, or revealed from a received value)
/// encrypted with RSA-OAEP to the WeChat Pay key, caller ciphertexts kept as given.
/// </summary>
internal readonly struct SensitiveValueSealer(RSA key, string serial) : ISensitiveValueVisitor
{
    public SensitiveText Visit(SensitiveText value, SensitiveFieldPath path)
    {
        if (value.Ciphertext is not null && !value.IsReceived)
        {
            return value;
        }

        var plaintext = value.Reveal();
        try
        {
            return SensitiveText.FromCiphertext(RsaOaep.Encrypt(key, plaintext), serial);
        }
        catch (ArgumentException ex)
        {
            throw new MemberCardsValidationException($"{path}: {ex.Message}", ex);
        }
    }
}
