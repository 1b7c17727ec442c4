namespace MemberCards.Sdk.WeChatPay;

/// <summary>What sealing a request's sensitive values needs: whether one must be encrypted, and the one serial caller ciphertexts name.</summary>
internal struct SealPlan
{
    /// <summary>A plain text or a received value is present (the SDK encrypts it).</summary>
    public bool Encrypts;

    /// <summary>The <c>Wechatpay-Serial</c> caller-encrypted values name, or <see langword="null"/>.</summary>
    public string? CallerSerial;

    /// <summary>The field that first named <see cref="CallerSerial"/> (for messages).</summary>
    public string? CallerSerialField;
}
