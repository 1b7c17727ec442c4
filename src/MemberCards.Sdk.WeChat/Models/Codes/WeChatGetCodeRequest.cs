namespace MemberCards.Sdk.WeChat;

/// <summary>card/code/get: looks up one user card.</summary>
public sealed class WeChatGetCodeRequest : IValidatedRequest
{
    /// <summary>The code (<c>code</c>, required, at most 20 characters).</summary>
    public string? Code { get; set; }

    /// <summary>The card id (<c>card_id</c>, required for custom-code cards).</summary>
    public string? CardId { get; set; }

    /// <summary>Answer 40127 for unusable cards (<c>check_consume</c>).</summary>
    public bool? CheckConsume { get; set; }

    /// <inheritdoc/>
    void IValidatedRequest.Validate() => WeChatRequestValidator.Required(Code, "code", 20);
}
