namespace MemberCards.Sdk.Youzan;

/// <summary>
/// The family of typed Youzan events read from a verified push (<see cref="YouzanCardEvent"/>,
/// <see cref="YouzanCustomerCardEvent"/>): handle it with <c>IYouzanMessageHandler&lt;YouzanEvent&gt;</c> to receive
/// every typed event, after the handlers of the concrete event.
/// </summary>
public abstract class YouzanEvent
{
    /// <summary>The envelope (shop, version for ordering, message id, send count ...).</summary>
    public required YouzanPush Push { get; set; }

    /// <summary>The status exactly as sent.</summary>
    [JsonIgnore]
    public string? RawStatus => Push.Status;

    /// <summary>When it happened (<c>event_time</c>, China Standard Time, offset +08:00).</summary>
    public DateTimeOffset? EventTime { get; set; }
}
