namespace MemberCards.Sdk.Youzan;

/// <summary>The <c>status</c> of a <c>SCRM_CARD</c> push: what the merchant did to a card.</summary>
[JsonConverter(typeof(WireEnumConverter<YouzanCardStatus>))]
[WireNames("CARD_")]
public enum YouzanCardStatus
{
    /// <summary>A status this SDK does not know; the raw text is in <see cref="YouzanEvent.RawStatus"/>.</summary>
    Unknown = 0,

    /// <summary>The merchant created the card (<c>CARD_CREATED</c>; the doc example spells it <c>CREATE_CARD</c>).</summary>
    [WireAlias("CREATE_CARD")]
    Created,

    /// <summary>The merchant updated the card (<c>CARD_UPDATED</c>).</summary>
    Updated,

    /// <summary>The merchant deleted the card (<c>CARD_DELETED</c>).</summary>
    Deleted,

    /// <summary>The merchant disabled the card (<c>CARD_DISABLED</c>).</summary>
    Disabled,

    /// <summary>The merchant enabled the card again (<c>CARD_ENABLED</c>).</summary>
    Enabled,
}
