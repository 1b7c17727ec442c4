namespace MemberCards.Sdk.Youzan;

/// <summary>A verified <c>SCRM_CARD</c> push: the merchant created, changed, disabled, enabled or deleted a card.</summary>
public sealed class YouzanCardEvent : YouzanEvent
{
    /// <summary>
    /// What happened; <see cref="YouzanCardStatus.Unknown"/> for a status this SDK does not know. Read from the envelope's
    /// <c>status</c> (the message does not carry it), which the body <c>sign</c> does not cover: trust it only when
    /// <see cref="YouzanPush.IsEnvelopeSigned"/>.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public YouzanCardStatus Status { get; set; }

    /// <summary>
    /// The card's alias, its unique key in the shop (<c>card_alias</c> of the signed <c>msg</c>; the envelope's <c>id</c>
    /// only when <c>msg</c> has none and the whole push was signed, see <see cref="YouzanPush.IsEnvelopeSigned"/>).
    /// </summary>
    public string? CardAlias { get; set; }

    /// <summary>Reads the event from a verified push of type <c>SCRM_CARD</c>.</summary>
    /// <param name="push">The push (see <see cref="YouzanPushVerifier.ReadVerified"/>).</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException">The push is not of type <c>SCRM_CARD</c>.</exception>
    /// <exception cref="MemberCardsFormatException">The <c>msg</c> cannot be decoded or read, or (body sign only) the envelope's <c>id</c> is not the signed <c>card_alias</c>.</exception>
    public static YouzanCardEvent From(YouzanPush push)
    {
        YouzanEventReading.CheckType(push, YouzanConstants.ScrmCardType);
        var wire = YouzanEventReading.ReadMessage(push, YouzanJson.Card);
        return new YouzanCardEvent
        {
            Push = push,
            Status = WireEnum.Parse<YouzanCardStatus>(push.Status),
            CardAlias = YouzanEventReading.SignedKey(push, wire.CardAlias, "card_alias"),
            EventTime = YouzanEventReading.ReadEventTime(wire.EventTime),
        };
    }

    /// <inheritdoc />
    public override string ToString() => $"Youzan card event {{ Status = {RawStatus}, CardAlias = {CardAlias}, EventTime = {EventTime:yyyy-MM-dd HH:mm:sszzz}, Version = {Push.Version} }}";
}
