namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The errcodes the card API answers with. <see cref="MemberCardsApiException.ErrorCode"/> holds the number as text;
/// compare with these constants (as text through <see cref="int.ToString()"/> or parse it), never with errmsg.
/// </summary>
public static class WeChatErrorCodes
{
    /// <summary>-1: system busy, retry later.</summary>
    public const int SystemBusy = -1;

    /// <summary>0: success.</summary>
    public const int Ok = 0;

    /// <summary>40001: AppSecret wrong, or the access_token is invalid or not the latest.</summary>
    public const int InvalidCredential = 40001;

    /// <summary>40009: image too large.</summary>
    public const int InvalidImageSize = 40009;

    /// <summary>40013: invalid AppId.</summary>
    public const int InvalidAppId = 40013;

    /// <summary>40014: invalid access_token.</summary>
    public const int InvalidAccessToken = 40014;

    /// <summary>40033: illegal <c>\uXXXX</c> characters in the request.</summary>
    public const int InvalidCharacters = 40033;

    /// <summary>40053: invalid action_info (QR code payload).</summary>
    public const int InvalidActionInfo = 40053;

    /// <summary>40056: invalid code.</summary>
    public const int InvalidCode = 40056;

    /// <summary>40071: invalid card type.</summary>
    public const int InvalidCardType = 40071;

    /// <summary>40072: invalid code type.</summary>
    public const int InvalidCodeType = 40072;

    /// <summary>40073: invalid card_id.</summary>
    public const int InvalidCardId = 40073;

    /// <summary>40078: invalid card status (not approved, deleted ...).</summary>
    public const int InvalidCardStatus = 40078;

    /// <summary>40079: invalid time.</summary>
    public const int InvalidTime = 40079;

    /// <summary>40080: invalid CardExt.</summary>
    public const int InvalidCardExt = 40080;

    /// <summary>40099: code already consumed.</summary>
    public const int CodeConsumed = 40099;

    /// <summary>40100: invalid time range (date_info).</summary>
    public const int InvalidTimeRange = 40100;

    /// <summary>40116: invalid code.</summary>
    public const int InvalidCodeAlt = 40116;

    /// <summary>40122: invalid stock.</summary>
    public const int InvalidStock = 40122;

    /// <summary>40124: too many custom fields.</summary>
    public const int TooManyCustomFields = 40124;

    /// <summary>40127: the user card was deleted or is being gifted.</summary>
    public const int UserCardUnavailable = 40127;

    /// <summary>40130: a mass message's openid list holds fewer than 2 (or more than 10,000) openids.</summary>
    public const int InvalidOpenIdListSize = 40130;

    /// <summary>40141: the image URL is not from the WeChat image host (upload it with media/uploadimg).</summary>
    public const int InvalidImageUrl = 40141;

    /// <summary>41001: access_token missing.</summary>
    public const int AccessTokenMissing = 41001;

    /// <summary>41011: a required field is missing (the errmsg hint names it).</summary>
    public const int MissingRequiredField = 41011;

    /// <summary>41012: card_id missing.</summary>
    public const int MissingCardId = 41012;

    /// <summary>42001: access_token expired.</summary>
    public const int AccessTokenExpired = 42001;

    /// <summary>43009: no custom-code permission.</summary>
    public const int NoCustomCodePermission = 43009;

    /// <summary>43010: no stored-value (balance) permission.</summary>
    public const int NoBalancePermission = 43010;

    /// <summary>45009: API daily quota reached.</summary>
    public const int QuotaExceeded = 45009;

    /// <summary>
    /// 45015: a customer-service message to a user who has not interacted with the account within the last 48 hours (or
    /// no longer follows it): <c>response out of time limit or subscription is canceled</c>. Thrown as
    /// <see cref="WeChatCustomerServiceWindowException"/>.
    /// </summary>
    public const int CustomerServiceWindowClosed = 45015;

    /// <summary>45021: a field exceeds its length limit.</summary>
    public const int FieldTooLong = 45021;

    /// <summary>45028: no mass-message quota left.</summary>
    public const int MassQuotaExhausted = 45028;

    /// <summary>45030: the card_id has no API permission.</summary>
    public const int NoApiPermission = 45030;

    /// <summary>45031: stock is 0.</summary>
    public const int OutOfStock = 45031;

    /// <summary>45033: the user reached get_limit.</summary>
    public const int GetLimitReached = 45033;

    /// <summary>45047: too many customer-service messages to the user within the window.</summary>
    public const int CustomerServiceQuotaExceeded = 45047;

    /// <summary>45065: a mass message with the same <c>clientmsgid</c> was already sent.</summary>
    public const int DuplicateClientMsgId = 45065;

    /// <summary>47001: data format error.</summary>
    public const int DataFormatError = 47001;

    /// <summary>48001: API unauthorized.</summary>
    public const int ApiUnauthorized = 48001;

    /// <summary>Whether <paramref name="errorCode"/> means the access_token is bad (40001, 40014, 42001).</summary>
    /// <param name="errorCode">The errcode.</param>
    /// <returns><see langword="true"/> for a rejected token.</returns>
    public static bool IsTokenRejected(int errorCode)
        => errorCode is InvalidCredential or InvalidAccessToken or AccessTokenExpired;
}
