namespace MemberCards.Sdk.WeChat;

/// <summary>card/membercard/userinfo/get.</summary>
public sealed class WeChatGetMemberInfoRequest : IValidatedRequest
{
    /// <summary>The card id (<c>card_id</c>, required).</summary>
    public string? CardId { get; set; }

    /// <summary>The user card code (<c>code</c>, required).</summary>
    public string? Code { get; set; }

    /// <inheritdoc/>
    void IValidatedRequest.Validate()
    {
        WeChatRequestValidator.Required(CardId, "card_id", 32);
        WeChatRequestValidator.Required(Code, "code", 20);
    }
}
