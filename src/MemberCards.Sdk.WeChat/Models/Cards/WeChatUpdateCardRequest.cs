namespace MemberCards.Sdk.WeChat;

/// <summary>card/update for a member card: only the fields to change.</summary>
public sealed class WeChatUpdateCardRequest : IValidatedRequest
{
    /// <summary>The card id (<c>card_id</c>, required).</summary>
    public string? CardId { get; set; }

    /// <summary>The fields to change (<c>member_card</c>).</summary>
    public WeChatMemberCard? MemberCard { get; set; }

    /// <inheritdoc/>
    void IValidatedRequest.Validate() => WeChatRequestValidator.ValidateUpdate(this);
}
