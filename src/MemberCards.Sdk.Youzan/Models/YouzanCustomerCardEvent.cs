namespace MemberCards.Sdk.Youzan;

/// <summary>A verified <c>SCRM_CUSTOMER_CARD</c> push: a customer claimed, bought, was upgraded to, was given or deleted a card.</summary>
public sealed class YouzanCustomerCardEvent : YouzanEvent
{
    /// <summary>
    /// What happened; <see cref="YouzanCustomerCardStatus.Unknown"/> for a status this SDK does not know. Read from the
    /// envelope's <c>status</c> (the message does not carry it), which the body <c>sign</c> does not cover: trust it only
    /// when <see cref="YouzanPush.IsEnvelopeSigned"/>.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public YouzanCustomerCardStatus Status { get; set; }

    /// <summary>The customer's fan id (<c>fans_id</c>); 0 when <see cref="Mobile"/> is set.</summary>
    public long FansId { get; set; }

    /// <summary>The fan type (<c>fans_type</c>: 1 = a fan of the shop's own verified service account); 0 when <see cref="Mobile"/> is set.</summary>
    public int FansType { get; set; }

    /// <summary>The customer's phone number (<c>mobile</c>), which identifies the customer first; <see langword="null"/> when not sent.</summary>
    public string? Mobile { get; set; }

    /// <summary>The alias of the card (<c>card_alias</c>).</summary>
    public string? CardAlias { get; set; }

    /// <summary>
    /// The customer's card number (<c>card_no</c> of the signed <c>msg</c>; the envelope's <c>id</c> only when <c>msg</c>
    /// has none and the whole push was signed, see <see cref="YouzanPush.IsEnvelopeSigned"/>).
    /// </summary>
    public string? CardNo { get; set; }

    /// <summary>Reads the event from a verified push of type <c>SCRM_CUSTOMER_CARD</c>.</summary>
    /// <param name="push">The push (see <see cref="YouzanPushVerifier.ReadVerified"/>).</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException">The push is not of type <c>SCRM_CUSTOMER_CARD</c>.</exception>
    /// <exception cref="MemberCardsFormatException">The <c>msg</c> cannot be decoded or read, or (body sign only) the envelope's <c>id</c> is not the signed <c>card_no</c>.</exception>
    public static YouzanCustomerCardEvent From(YouzanPush push)
    {
        YouzanEventReading.CheckType(push, YouzanConstants.ScrmCustomerCardType);
        var wire = YouzanEventReading.ReadMessage(push, YouzanJson.CustomerCard);
        return new YouzanCustomerCardEvent
        {
            Push = push,
            Status = WireEnum.Parse<YouzanCustomerCardStatus>(push.Status),
            FansId = wire.FansId,
            FansType = wire.FansType,
            Mobile = YouzanEventReading.NullIfEmpty(wire.Mobile),
            CardAlias = YouzanEventReading.NullIfEmpty(wire.CardAlias),
            CardNo = YouzanEventReading.SignedKey(push, wire.CardNo, "card_no"),
            EventTime = YouzanEventReading.ReadEventTime(wire.EventTime),
        };
    }

    /// <inheritdoc />
    public override string ToString() => $"Youzan customer card event {{ Status = {RawStatus}, CardAlias = {CardAlias}, CardNo = {CardNo}, Mobile = {Redaction.Phone(Mobile)}, FansId = {FansId}, EventTime = {EventTime:yyyy-MM-dd HH:mm:sszzz}, Version = {Push.Version} }}";
}
