namespace MemberCards.Sdk.Youzan;

/// <summary>A verified <c>SCRM_CARD</c> push: the merchant created, changed, disabled, enabled or deleted a card.</summary>
public sealed class YouzanCardEvent : YouzanEvent
{
    /// <summary>What happened; <see cref="YouzanCardStatus.Unknown"/> for a status this SDK does not know.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public YouzanCardStatus Status { get; set; }

    /// <summary>The card's alias, its unique key in the shop (<c>card_alias</c>).</summary>
    public string? CardAlias { get; set; }

    /// <summary>Reads the event from a verified push of type <c>SCRM_CARD</c>.</summary>
    /// <param name="push">The push (see <see cref="YouzanPushVerifier.ReadVerified"/>).</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException">The push is not of type <c>SCRM_CARD</c>.</exception>
    /// <exception cref="MemberCardsFormatException">The <c>msg</c> cannot be decoded or read.</exception>
    public static YouzanCardEvent From(YouzanPush push)
    {
        YouzanEventReading.CheckType(push, YouzanConstants.ScrmCardType);
        var wire = YouzanEventReading.ReadMessage(push, YouzanJson.Card);
        return new YouzanCardEvent
        {
            Push = push,
            Status = WireEnum.Parse<YouzanCardStatus>(push.Status),
            CardAlias = YouzanEventReading.NullIfEmpty(wire.CardAlias) ?? push.Id,
            EventTime = YouzanEventReading.ReadEventTime(wire.EventTime),
        };
    }

    /// <inheritdoc />
    public override string ToString() => $"Youzan card event {{ Status = {RawStatus}, CardAlias = {CardAlias}, EventTime = {EventTime:yyyy-MM-dd HH:mm:sszzz}, Version = {Push.Version} }}";
}
