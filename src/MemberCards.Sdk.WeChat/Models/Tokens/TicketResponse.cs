namespace MemberCards.Sdk.WeChat;

/// <summary>The answer of <c>cgi-bin/ticket/getticket</c>.</summary>
internal sealed class TicketResponse : WeChatResponse
{
    public string? Ticket { get; set; }

    public long? ExpiresIn { get; set; }

    public override string ToString() => $"TicketResponse {{ Ticket = {Redaction.Secret(Ticket)}, ExpiresIn = {ExpiresIn} }}";
}
