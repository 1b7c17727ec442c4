using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChat;

/// <summary>The answer of <c>cgi-bin/ticket/getticket</c>.</summary>
internal sealed class TicketResponse : WeChatResponse
{
    [JsonPropertyName("ticket")]
    public string? Ticket { get; init; }

    [JsonPropertyName("expires_in")]
    public long? ExpiresIn { get; init; }

    public override string ToString() => $"TicketResponse {{ Ticket = {Redaction.Secret(Ticket)}, ExpiresIn = {ExpiresIn} }}";
}
