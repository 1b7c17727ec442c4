namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// What sealing a request's sensitive values needs, gathered by one walk: whether one must be encrypted, and the one
/// serial caller ciphertexts name (two different ones are an <see cref="ArgumentException"/>). Replaces nothing.
/// </summary>
internal struct SealPlan : ISensitiveValueVisitor
{
    /// <summary>A plain text or a received value is present (the SDK encrypts it).</summary>
    public bool Encrypts;

    /// <summary>The <c>Wechatpay-Serial</c> caller-encrypted values name, or <see langword="null"/>.</summary>
    public string? CallerSerial;

    /// <summary>The field that first named <see cref="CallerSerial"/> (for messages).</summary>
    public string? CallerSerialField;

    public SensitiveText Visit(SensitiveText value, SensitiveFieldPath path)
    {
        if (value.Ciphertext is null || value.IsReceived)
        {
            Encrypts = true;
        }
        else if (value.OutgoingSerialNumber is { } serial)
        {
            if (CallerSerial is null)
            {
                CallerSerial = serial;
                CallerSerialField = path.ToString();
            }
            else if (!string.Equals(CallerSerial, serial, StringComparison.Ordinal))
            {
                throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, path.ToString(), $"the value is encrypted to WeChat Pay key '{serial}', but {CallerSerialField} to '{CallerSerial}'; one request carries one Wechatpay-Serial.");
            }
        }

        return value;
    }
}
