namespace MemberCards.Sdk.WeChat;

/// <summary>card/membercard/activatetempinfo/get: the form a user submitted in one-click activation.</summary>
public sealed class WeChatGetActivateTempInfoRequest : IValidatedRequest
{
    /// <summary>The <c>activate_ticket</c> from the jump URL (required).</summary>
    public string? ActivateTicket { get; set; }

    /// <inheritdoc/>
    void IValidatedRequest.Validate() => WeChatRequestValidator.Required(ActivateTicket, "activate_ticket", 512);
}
