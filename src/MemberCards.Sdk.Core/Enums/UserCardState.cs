namespace MemberCards.Sdk;

/// <summary>The state of one user's card.</summary>
[JsonConverter(typeof(WireEnumConverter<UserCardState>))]
[WireNames()]
public enum UserCardState
{
    /// <summary>A value this version of the SDK does not know; never sent.</summary>
    Unknown = 0,

    /// <summary><c>UNACTIVATED</c>: picked up but not activated yet.</summary>
    Unactivated,

    /// <summary><c>EFFECTIVE</c>: active and usable.</summary>
    Effective,

    /// <summary><c>EXPIRED</c>: past its validity period.</summary>
    Expired,

    /// <summary><c>INVALID</c>: invalidated by the merchant or the user.</summary>
    Invalid,
}
