namespace MemberCards.Sdk.WeChat;

/// <summary>
/// What every message that carries a card sends after its recipients: <c>msgtype</c> <c>wxcard</c> and the card. The
/// customer-service message (<see cref="WeChatSendCardMessageRequest"/>), the mass messages
/// (<see cref="WeChatMassSendCardRequest"/>, <see cref="WeChatMassSendCardToUsersRequest"/>) and their preview
/// (<see cref="WeChatPreviewCardMessageRequest"/>) derive from it; each adds its recipients.
/// </summary>
public abstract class WeChatCardMessageRequest : IValidatedRequest
{
    private protected WeChatCardMessageRequest()
    {
    }

    /// <summary>The message type (<c>msgtype</c>): always <c>wxcard</c>.</summary>
    [JsonPropertyName("msgtype")]
    public string MsgType => WeChatConstants.CardMessageType;

    /// <summary>The card (<c>wxcard</c>, required), with its <c>card_ext</c> when the card needs one.</summary>
    [JsonPropertyName("wxcard")]
    public WeChatCardMessage? WxCard { get; set; }

    /// <inheritdoc/>
    void IValidatedRequest.Validate()
    {
        ValidateRecipients();
        WeChatRequestValidator.ValidateWxCard(WxCard);
        ValidateOptions();
    }

    /// <summary>Checks the recipients; throws the SDK's validation exception naming the field.</summary>
    private protected abstract void ValidateRecipients();

    /// <summary>Checks what the message sends after the card; nothing by default.</summary>
    private protected virtual void ValidateOptions()
    {
    }
}
