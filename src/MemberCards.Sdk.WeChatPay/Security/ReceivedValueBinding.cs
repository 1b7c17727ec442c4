namespace MemberCards.Sdk.WeChatPay;

/// <summary>Ties each sensitive value of a received card to the merchant key it decrypts with (decrypting nothing); a value that is not a ciphertext string is malformed input.</summary>
internal readonly struct ReceivedValueBinding(SensitiveFieldKey key) : ISensitiveValueVisitor
{
    public SensitiveText Visit(SensitiveText value, SensitiveFieldPath path)
    {
        if (value.Ciphertext is null)
        {
            throw new MemberCardsFormatException(WeChatPayConstants.ServiceName, "user card", path.ToString(), "a sensitive field in an answer must be an RSA-OAEP ciphertext string.");
        }

        value.Attach(key, path);
        return value;
    }
}
