namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The body of <c>cgi-bin/message/custom/send</c> with <c>msgtype</c> <c>wxcard</c>: a customer-service message that
/// hands one user a card. WeChat accepts it only within 48 hours after the user last interacted with the account
/// (<see cref="WeChatConstants.CustomerServiceWindow"/>); later it answers 45015, which the client throws as
/// <see cref="WeChatCustomerServiceWindowException"/>.
/// </summary>
public sealed class WeChatSendCardMessageRequest : WeChatCardMessageRequest
{
    /// <summary>The user (<c>touser</c>, an openid of this account; required).</summary>
    [JsonPropertyName("touser")]
    public string? ToUser { get; set; }

    /// <inheritdoc/>
    private protected override void ValidateRecipients() => WeChatRequestValidator.ValidateCardMessage(this);
}
