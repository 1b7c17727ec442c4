namespace MemberCards.Sdk;

/// <summary>The kind of a member card, as WeChat Pay brand member cards name it.</summary>
[JsonConverter(typeof(WireEnumConverter<CardType>))]
[WireNames()]
public enum CardType
{
    /// <summary>A value this version of the SDK does not know; never sent.</summary>
    Unknown = 0,

    /// <summary><c>PURCHASE</c>: a card the member pays for.</summary>
    Purchase,

    /// <summary><c>NORMAL</c>: a free card.</summary>
    Normal,

    /// <summary><c>BALANCE</c>: a stored-value card.</summary>
    Balance,
}
