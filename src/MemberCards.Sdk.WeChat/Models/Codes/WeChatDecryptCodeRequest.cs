namespace MemberCards.Sdk.WeChat;

/// <summary>card/code/decrypt: turns an <c>encrypt_code</c> into the code.</summary>
public sealed class WeChatDecryptCodeRequest : IValidatedRequest
{
    /// <summary>The <c>encrypt_code</c> as received (required).</summary>
    public string? EncryptCode { get; set; }

    /// <inheritdoc/>
    void IValidatedRequest.Validate() => WeChatRequestValidator.Required(EncryptCode, "encrypt_code", 512);
}
