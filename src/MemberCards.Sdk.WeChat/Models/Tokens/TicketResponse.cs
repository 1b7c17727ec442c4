namespace MemberCards.Sdk.WeChat;

/// <summary>The answer of <c>cgi-bin/ticket/getticket</c>.</summary>
internal sealed class TicketResponse : WeChatResponse
{
    public string? Ticket { get; init; }

    public long? ExpiresIn { get; init; }

    public override string ToString() => $"TicketResponse {{ Ticket = {Redaction.Secret(Ticket)}, ExpiresIn = {ExpiresIn} }}";
}
