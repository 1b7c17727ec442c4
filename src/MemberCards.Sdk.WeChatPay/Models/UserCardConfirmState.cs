namespace MemberCards.Sdk.WeChatPay;

/// <summary>The opening result a merchant confirms (<c>user_card_confirm_state</c>).</summary>
[JsonConverter(typeof(WireEnumConverter<UserCardConfirmState>))]
public enum UserCardConfirmState
{
    /// <summary>A value this version of the SDK does not know; never sent.</summary>
    Unknown = 0,

    /// <summary><c>CREATE_CARD_SUCCESS</c>: the membership was opened.</summary>
    [JsonStringEnumMemberName("CREATE_CARD_SUCCESS")]
    CreateCardSuccess,

    /// <summary><c>CREATE_CARD_FAIL</c>: the membership could not be opened.</summary>
    [JsonStringEnumMemberName("CREATE_CARD_FAIL")]
    CreateCardFail,

    /// <summary><c>CREATE_CARD_ALREADY_EXISTS</c>: the user already is a member through another channel (brand-direct call only; a partner registration refuses it before sending).</summary>
    [JsonStringEnumMemberName("CREATE_CARD_ALREADY_EXISTS")]
    CreateCardAlreadyExists,
}
