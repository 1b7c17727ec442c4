namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The body of <c>cgi-bin/message/mass/sendall</c> with <c>msgtype</c> <c>wxcard</c>: a card to every follower or to the
/// followers with a tag. WeChat limits mass messages (a certified subscription account sends once a day; a service
/// account's followers receive at most 4 a month; errcode 45028 when no quota is left).
/// </summary>
public sealed class WeChatMassSendCardRequest : WeChatCardMessageRequest
{
    /// <summary>Who receives it (<c>filter</c>, required).</summary>
    public WeChatMassFilter? Filter { get; set; }

    /// <summary>
    /// Your own id of this mass send (<c>clientmsgid</c>, optional, at most 64 bytes): WeChat refuses a second send with the
    /// same id (errcode 45065), so a retried call cannot reach the followers twice.
    /// </summary>
    [JsonPropertyName("clientmsgid")]
    [JsonPropertyOrder(1)]
    public string? ClientMsgId { get; set; }

    /// <inheritdoc/>
    private protected override void ValidateRecipients() => WeChatRequestValidator.ValidateMassSendFilter(this);

    /// <inheritdoc/>
    private protected override void ValidateOptions() => WeChatRequestValidator.ValidateClientMsgId(ClientMsgId);
}
