namespace MemberCards.Sdk;

/// <summary>The common member-form fields a card can ask the user for.</summary>
[JsonConverter(typeof(WireEnumConverter<UserFormField>))]
[WireNames("USER_FORM_FLAG_")]
public enum UserFormField
{
    /// <summary>A value this version of the SDK does not know; never sent.</summary>
    Unknown = 0,

    /// <summary><c>USER_FORM_FLAG_SEX</c>: sex.</summary>
    Sex,

    /// <summary><c>USER_FORM_FLAG_NAME</c>: name.</summary>
    Name,

    /// <summary><c>USER_FORM_FLAG_BIRTHDAY</c>: birthday.</summary>
    Birthday,

    /// <summary><c>USER_FORM_FLAG_ADDRESS</c>: address.</summary>
    Address,

    /// <summary><c>USER_FORM_FLAG_EMAIL</c>: e-mail address.</summary>
    Email,

    /// <summary><c>USER_FORM_FLAG_CITY</c>: city.</summary>
    City,
}
