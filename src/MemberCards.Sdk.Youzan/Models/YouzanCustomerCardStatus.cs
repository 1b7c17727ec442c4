namespace MemberCards.Sdk.Youzan;

/// <summary>The <c>status</c> of a <c>SCRM_CUSTOMER_CARD</c> push: how a customer got or lost a card.</summary>
[JsonConverter(typeof(WireEnumConverter<YouzanCustomerCardStatus>))]
[WireNames("CUSTOMER_CARD_")]
public enum YouzanCustomerCardStatus
{
    /// <summary>A status this SDK does not know; the raw text is in <see cref="YouzanEvent.RawStatus"/>.</summary>
    Unknown = 0,

    /// <summary>The customer claimed the card (<c>CUSTOMER_CARD_TAKEN</c>; the doc example spells it <c>CUSTOMER_TAKE_CARD</c>).</summary>
    [WireAlias("CUSTOMER_TAKE_CARD")]
    Taken,

    /// <summary>The customer bought the card (<c>CUSTOMER_CARD_BOUGHT</c>).</summary>
    Bought,

    /// <summary>The customer got the card by an upgrade (<c>CUSTOMER_CARD_UPGRADED</c>).</summary>
    Upgraded,

    /// <summary>The merchant issued the card to the customer (<c>CUSTOMER_CARD_GIVEN</c>).</summary>
    Given,

    /// <summary>The customer deleted the card (<c>CUSTOMER_CARD_DELETED</c>).</summary>
    Deleted,
}
