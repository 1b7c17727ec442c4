namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The preset fields of the Official Account activation form (<c>USER_FORM_INFO_FLAG_*</c>, in
/// <c>activateuserform/set</c> and <c>userinfo/get</c>).
/// </summary>
/// <remarks>
/// Deliberately not Core's <see cref="UserFormField"/>: that enum is WeChat Pay's brand-card form
/// (<c>USER_FORM_FLAG_*</c>, without <c>INFO</c>), and the two APIs offer different field sets: this one has mobile,
/// ID card, location, detailed location, education, career, industry, income and habit; WeChat Pay's has address
/// and city instead. One enum with aliases would let each API be sent values it rejects.
/// </remarks>
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
