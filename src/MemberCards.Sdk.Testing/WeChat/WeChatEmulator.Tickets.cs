using MemberCards.Sdk.WeChat;

namespace MemberCards.Sdk.Testing.WeChat;

/// <summary>The JS-SDK tickets: <c>cgi-bin/ticket/getticket</c> with its access_token check, quota and revocation.</summary>
public sealed partial class WeChatEmulator
{
    private readonly Dictionary<string, IssuedTicket> jsTickets = new(StringComparer.Ordinal);
    private readonly Dictionary<(string AppId, WeChatTicketType Type), int> ticketFetches = [];

    /// <summary>How many tickets of <paramref name="type"/> the emulator issued for <paramref name="appId"/> (answered getticket calls; refused ones are not counted).</summary>
    /// <param name="appId">The AppId.</param>
    /// <param name="type">The ticket type.</param>
    /// <returns>The count.</returns>
    public int TicketFetchCount(string appId, WeChatTicketType type)
    {
        lock (gate)
        {
            return ticketFetches.GetValueOrDefault((appId, type));
        }
    }

    /// <summary>Whether <paramref name="ticket"/> is a live (issued, unexpired, not revoked) ticket of <paramref name="type"/> for <paramref name="appId"/>.</summary>
    /// <param name="appId">The AppId.</param>
    /// <param name="type">The ticket type.</param>
    /// <param name="ticket">The ticket.</param>
    /// <returns><see langword="true"/> when a signature made with it would be accepted.</returns>
    public bool IsLiveTicket(string appId, WeChatTicketType type, string ticket)
    {
        lock (gate)
        {
            return jsTickets.TryGetValue(ticket, out var issued) && issued.AppId == appId && issued.Type == type && !issued.Revoked && Now < issued.ExpiresAt;
        }
    }

    /// <summary>Revokes every ticket of <paramref name="appId"/>: signatures made with them are refused from now on.</summary>
    /// <param name="appId">The AppId.</param>
    public void RevokeTickets(string appId)
    {
        lock (gate)
        {
            foreach (var ticket in jsTickets.Values.Where(t => t.AppId == appId))
            {
                ticket.Revoked = true;
            }
        }
    }

    private void MapTicketRoutes(IEndpointRouteBuilder app)
        => app.MapGet(WeChatConstants.GetTicketPath, (RequestDelegate)TicketAsync);

    private async Task TicketAsync(HttpContext context)
    {
        var appId = await AuthorizeAsync(context).ConfigureAwait(false);
        if (appId is null)
        {
            return;
        }

        WeChatTicketType? type = context.Request.Query["type"].ToString() switch
        {
            WeChatConstants.JsApiTicketType => WeChatTicketType.JsApi,
            WeChatConstants.CardTicketType => WeChatTicketType.WxCard,
            _ => null,
        };
        if (type is null)
        {
            await ErrorAsync(context, 40097, "invalid args").ConfigureAwait(false);
            return;
        }

        string? issued = null;
        lock (gate)
        {
            var key = (appId, type.Value);
            var fetched = ticketFetches.GetValueOrDefault(key);
            if (fetched < options.TicketDailyQuota)
            {
                ticketFetches[key] = fetched + 1;
                issued = RandomText(86);
                jsTickets[issued] = new IssuedTicket(appId, type.Value, Now.AddSeconds(options.TicketLifetimeSeconds));
            }
        }

        if (issued is null)
        {
            await ErrorAsync(context, WeChatErrorCodes.QuotaExceeded, "reach max api daily quota limit").ConfigureAwait(false);
            return;
        }

        await WriteAsync(context, w =>
        {
            w.WriteString("ticket", issued);
            w.WriteNumber("expires_in", options.TicketLifetimeSeconds);
        }).ConfigureAwait(false);
    }

    private sealed class IssuedTicket(string appId, WeChatTicketType type, DateTimeOffset expiresAt)
    {
        public string AppId { get; } = appId;

        public WeChatTicketType Type { get; } = type;

        public DateTimeOffset ExpiresAt { get; } = expiresAt;

        public bool Revoked { get; set; }
    }
}
