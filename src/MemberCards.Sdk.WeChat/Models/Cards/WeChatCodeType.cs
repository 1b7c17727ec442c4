using System.Text.Json.Serialization;
using MemberCards.Sdk.Serialization;

namespace MemberCards.Sdk.WeChat;

/// <summary>How the card code is shown (<c>code_type</c>).</summary>
[JsonConverter(typeof(WireEnumConverter<WeChatCodeType>))]
public enum WeChatCodeType
{
    /// <summary>A value this SDK does not know; never sent.</summary>
    Unknown = 0,

    /// <summary><c>CODE_TYPE_TEXT</c>.</summary>
    [JsonStringEnumMemberName("CODE_TYPE_TEXT")]
    Text,

    /// <summary><c>CODE_TYPE_BARCODE</c>.</summary>
    [JsonStringEnumMemberName("CODE_TYPE_BARCODE")]
    Barcode,

    /// <summary><c>CODE_TYPE_QRCODE</c>.</summary>
    [JsonStringEnumMemberName("CODE_TYPE_QRCODE")]
    QrCode,

    /// <summary><c>CODE_TYPE_ONLY_QRCODE</c>.</summary>
    [JsonStringEnumMemberName("CODE_TYPE_ONLY_QRCODE")]
    OnlyQrCode,

    /// <summary><c>CODE_TYPE_ONLY_BARCODE</c>.</summary>
    [JsonStringEnumMemberName("CODE_TYPE_ONLY_BARCODE")]
    OnlyBarcode,

    /// <summary><c>CODE_TYPE_NONE</c>: online use only.</summary>
    [JsonStringEnumMemberName("CODE_TYPE_NONE")]
    None,
}

/// <summary>The validity kind of <c>date_info</c>.</summary>
[JsonConverter(typeof(WireEnumConverter<WeChatDateInfoType>))]
public enum WeChatDateInfoType
{
    /// <summary>A value this SDK does not know; never sent.</summary>
    Unknown = 0,

    /// <summary><c>DATE_TYPE_PERMANENT</c>: never expires.</summary>
    [JsonStringEnumMemberName("DATE_TYPE_PERMANENT")]
    Permanent,

    /// <summary><c>DATE_TYPE_FIX_TIME_RANGE</c>: between begin_timestamp and end_timestamp.</summary>
    [JsonStringEnumMemberName("DATE_TYPE_FIX_TIME_RANGE")]
    FixTimeRange,

    /// <summary><c>DATE_TYPE_FIX_TERM</c>: fixed_term days after pick-up (starting fixed_begin_term days later).</summary>
    [JsonStringEnumMemberName("DATE_TYPE_FIX_TERM")]
    FixTerm,
}

/// <summary>The review status of a card (<c>status</c> in card/get).</summary>
[JsonConverter(typeof(WireEnumConverter<WeChatCardStatus>))]
public enum WeChatCardStatus
{
    /// <summary>A value this SDK does not know.</summary>
    Unknown = 0,

    /// <summary><c>CARD_STATUS_NOT_VERIFY</c>: waiting for review.</summary>
    [JsonStringEnumMemberName("CARD_STATUS_NOT_VERIFY")]
    NotVerified,

    /// <summary><c>CARD_STATUS_VERIFY_FAIL</c>: rejected.</summary>
    [JsonStringEnumMemberName("CARD_STATUS_VERIFY_FAIL")]
    VerifyFailed,

    /// <summary><c>CARD_STATUS_VERIFY_OK</c>: approved.</summary>
    [JsonStringEnumMemberName("CARD_STATUS_VERIFY_OK")]
    Verified,

    /// <summary><c>CARD_STATUS_DELETE</c>: deleted.</summary>
    [JsonStringEnumMemberName("CARD_STATUS_DELETE")]
    Deleted,

    /// <summary><c>CARD_STATUS_DISPATCH</c>: on the shelf.</summary>
    [JsonStringEnumMemberName("CARD_STATUS_DISPATCH")]
    Dispatched,
}

/// <summary>The preset names of <c>custom_field1..3</c> (<c>name_type</c>); the misspellings are WeChat's.</summary>
[JsonConverter(typeof(WireEnumConverter<WeChatFieldNameType>))]
public enum WeChatFieldNameType
{
    /// <summary>A value this SDK does not know; never sent.</summary>
    Unknown = 0,

    /// <summary><c>FIELD_NAME_TYPE_UNKNOW</c>: what the server answers for an unset field.</summary>
    [JsonStringEnumMemberName("FIELD_NAME_TYPE_UNKNOW")]
    Unset,

    /// <summary><c>FIELD_NAME_TYPE_LEVEL</c>.</summary>
    [JsonStringEnumMemberName("FIELD_NAME_TYPE_LEVEL")]
    Level,

    /// <summary><c>FIELD_NAME_TYPE_COUPON</c>.</summary>
    [JsonStringEnumMemberName("FIELD_NAME_TYPE_COUPON")]
    Coupon,

    /// <summary><c>FIELD_NAME_TYPE_STAMP</c>.</summary>
    [JsonStringEnumMemberName("FIELD_NAME_TYPE_STAMP")]
    Stamp,

    /// <summary><c>FIELD_NAME_TYPE_DISCOUNT</c>.</summary>
    [JsonStringEnumMemberName("FIELD_NAME_TYPE_DISCOUNT")]
    Discount,

    /// <summary><c>FIELD_NAME_TYPE_ACHIEVEMEN</c>.</summary>
    [JsonStringEnumMemberName("FIELD_NAME_TYPE_ACHIEVEMEN")]
    Achievement,

    /// <summary><c>FIELD_NAME_TYPE_MILEAGE</c>.</summary>
    [JsonStringEnumMemberName("FIELD_NAME_TYPE_MILEAGE")]
    Mileage,

    /// <summary><c>FIELD_NAME_TYPE_SET_POINTS</c>.</summary>
    [JsonStringEnumMemberName("FIELD_NAME_TYPE_SET_POINTS")]
    SetPoints,

    /// <summary><c>FIELD_NAME_TYPE_TIMS</c>.</summary>
    [JsonStringEnumMemberName("FIELD_NAME_TYPE_TIMS")]
    Times,
}

/// <summary>The state of one user's card (<c>user_card_status</c>).</summary>
[JsonConverter(typeof(WireEnumConverter<WeChatUserCardStatus>))]
public enum WeChatUserCardStatus
{
    /// <summary>A value this SDK does not know.</summary>
    Unknown = 0,

    /// <summary><c>NORMAL</c>.</summary>
    [JsonStringEnumMemberName("NORMAL")]
    Normal,

    /// <summary><c>EXPIRE</c>.</summary>
    [JsonStringEnumMemberName("EXPIRE")]
    Expired,

    /// <summary><c>GIFTING</c>.</summary>
    [JsonStringEnumMemberName("GIFTING")]
    Gifting,

    /// <summary><c>GIFT_SUCC</c>.</summary>
    [JsonStringEnumMemberName("GIFT_SUCC")]
    Gifted,

    /// <summary><c>GIFT_TIMEOUT</c>.</summary>
    [JsonStringEnumMemberName("GIFT_TIMEOUT")]
    GiftTimedOut,

    /// <summary><c>DELETE</c>.</summary>
    [JsonStringEnumMemberName("DELETE")]
    Deleted,

    /// <summary><c>UNAVAILABLE</c>.</summary>
    [JsonStringEnumMemberName("UNAVAILABLE")]
    Unavailable,
}

/// <summary>The preset activation form fields (<c>USER_FORM_INFO_FLAG_*</c>).</summary>
[JsonConverter(typeof(WireEnumConverter<WeChatUserFormField>))]
public enum WeChatUserFormField
{
    /// <summary>A value this SDK does not know; never sent.</summary>
    Unknown = 0,

    /// <summary><c>USER_FORM_INFO_FLAG_MOBILE</c>.</summary>
    [JsonStringEnumMemberName("USER_FORM_INFO_FLAG_MOBILE")]
    Mobile,

    /// <summary><c>USER_FORM_INFO_FLAG_SEX</c>.</summary>
    [JsonStringEnumMemberName("USER_FORM_INFO_FLAG_SEX")]
    Sex,

    /// <summary><c>USER_FORM_INFO_FLAG_NAME</c>.</summary>
    [JsonStringEnumMemberName("USER_FORM_INFO_FLAG_NAME")]
    Name,

    /// <summary><c>USER_FORM_INFO_FLAG_BIRTHDAY</c>.</summary>
    [JsonStringEnumMemberName("USER_FORM_INFO_FLAG_BIRTHDAY")]
    Birthday,

    /// <summary><c>USER_FORM_INFO_FLAG_IDCARD</c>.</summary>
    [JsonStringEnumMemberName("USER_FORM_INFO_FLAG_IDCARD")]
    IdCard,

    /// <summary><c>USER_FORM_INFO_FLAG_EMAIL</c>.</summary>
    [JsonStringEnumMemberName("USER_FORM_INFO_FLAG_EMAIL")]
    Email,

    /// <summary><c>USER_FORM_INFO_FLAG_LOCATION</c>.</summary>
    [JsonStringEnumMemberName("USER_FORM_INFO_FLAG_LOCATION")]
    Location,

    /// <summary><c>USER_FORM_INFO_FLAG_DETAIL_LOCATION</c>.</summary>
    [JsonStringEnumMemberName("USER_FORM_INFO_FLAG_DETAIL_LOCATION")]
    DetailLocation,

    /// <summary><c>USER_FORM_INFO_FLAG_EDUCATION_BACKGROUND</c>.</summary>
    [JsonStringEnumMemberName("USER_FORM_INFO_FLAG_EDUCATION_BACKGROUND")]
    EducationBackground,

    /// <summary><c>USER_FORM_INFO_FLAG_CAREER</c>.</summary>
    [JsonStringEnumMemberName("USER_FORM_INFO_FLAG_CAREER")]
    Career,

    /// <summary><c>USER_FORM_INFO_FLAG_INDUSTRY</c>.</summary>
    [JsonStringEnumMemberName("USER_FORM_INFO_FLAG_INDUSTRY")]
    Industry,

    /// <summary><c>USER_FORM_INFO_FLAG_INCOME</c>.</summary>
    [JsonStringEnumMemberName("USER_FORM_INFO_FLAG_INCOME")]
    Income,

    /// <summary><c>USER_FORM_INFO_FLAG_HABIT</c>.</summary>
    [JsonStringEnumMemberName("USER_FORM_INFO_FLAG_HABIT")]
    Habit,
}

/// <summary>The kind of a rich activation form field.</summary>
[JsonConverter(typeof(WireEnumConverter<WeChatRichFieldType>))]
public enum WeChatRichFieldType
{
    /// <summary>A value this SDK does not know; never sent.</summary>
    Unknown = 0,

    /// <summary><c>FORM_FIELD_RADIO</c>.</summary>
    [JsonStringEnumMemberName("FORM_FIELD_RADIO")]
    Radio,

    /// <summary><c>FORM_FIELD_SELECT</c>.</summary>
    [JsonStringEnumMemberName("FORM_FIELD_SELECT")]
    Select,

    /// <summary><c>FORM_FIELD_CHECK_BOX</c>.</summary>
    [JsonStringEnumMemberName("FORM_FIELD_CHECK_BOX")]
    CheckBox,
}

/// <summary>The QR code kind (<c>action_name</c>).</summary>
[JsonConverter(typeof(WireEnumConverter<WeChatQrCodeAction>))]
public enum WeChatQrCodeAction
{
    /// <summary>A value this SDK does not know; never sent.</summary>
    Unknown = 0,

    /// <summary><c>QR_CARD</c>: one card.</summary>
    [JsonStringEnumMemberName("QR_CARD")]
    Card,

    /// <summary><c>QR_MULTIPLE_CARD</c>: several cards.</summary>
    [JsonStringEnumMemberName("QR_MULTIPLE_CARD")]
    MultipleCard,
}
