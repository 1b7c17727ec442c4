namespace MemberCards.Sdk.WeChat;

/// <summary>card/code/unavailable: invalidates one user card, irreversibly.</summary>
public sealed class WeChatMakeCodeUnavailableRequest : IValidatedRequest
{
    /// <summary>The code (<c>code</c>, required).</summary>
    public string? Code { get; set; }

    /// <summary>The card id (<c>card_id</c>).</summary>
    public string? CardId { get; set; }

    /// <summary>The reason (<c>reason</c>).</summary>
    public string? Reason { get; set; }

    /// <inheritdoc/>
    void IValidatedRequest.Validate() => WeChatRequestValidator.Required(Code, "code", 20);
}
