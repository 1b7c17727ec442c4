namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The body of <c>cgi-bin/message/mass/send</c> with <c>msgtype</c> <c>wxcard</c>: a card to a list of followers
/// (service accounts). The list holds 2 to 10,000 openids (WeChat answers 40130 otherwise); a single user gets a customer-service
/// message or a preview instead.
/// </summary>
public sealed class WeChatMassSendCardToUsersRequest : WeChatCardMessageRequest
{
    /// <summary>The followers (<c>touser</c>, 2 to 10,000 openids of this account).</summary>
    [JsonPropertyName("touser")]
    public IReadOnlyList<string>? ToUser { get; set; }

    /// <summary>Your own id of this mass send (<c>clientmsgid</c>, optional, at most 64 bytes): a repeat is refused with 45065.</summary>
    [JsonPropertyName("clientmsgid")]
    [JsonPropertyOrder(1)]
    public string? ClientMsgId { get; set; }

    /// <inheritdoc/>
    private protected override void ValidateRecipients() => WeChatRequestValidator.ValidateMassSendUsers(this);

    /// <inheritdoc/>
    private protected override void ValidateOptions() => WeChatRequestValidator.ValidateClientMsgId(ClientMsgId);
}
