namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The hint of an error answer to the access_token request (<c>POST /cgi-bin/stable_token</c> or
/// <c>GET /cgi-bin/token</c>): such an errcode is about the registration's credentials, not the card call that
/// needed the token, so the hint says which request it was and which settings to check (by name, never by value).
/// </summary>
internal static class WeChatTokenErrorHint
{
    /// <summary>The hint for <paramref name="errorCode"/> answered to the access_token request of <paramref name="registration"/>.</summary>
    /// <param name="errorCode">The errcode.</param>
    /// <param name="registration">The registration name (empty for the default one).</param>
    /// <returns>The hint.</returns>
    public static string For(int errorCode, string registration)
    {
        var appId = MemberCardsSettingName.Of(WeChatConstants.ServiceName, registration, nameof(WeChatCardsOptions.AppId));
        var appSecret = MemberCardsSettingName.Of(WeChatConstants.ServiceName, registration, nameof(WeChatCardsOptions.AppSecret));
        var check = errorCode switch
        {
            WeChatErrorCodes.InvalidCredential or 40125 or 41004 => $"{appSecret} is wrong, missing or was reset in the platform; set the current AppSecret of the account {appId} names",
            WeChatErrorCodes.InvalidAppId or 41002 => $"{appId} is not a valid AppId; it must be the account's AppId (wx...), with {appSecret} of the same account",
            40164 or 61004 => $"the server's outgoing IP address is not in the IP allowlist of the account {appId} names; add it in the platform, then check {appSecret}",
            _ => $"check {appId} and {appSecret} (the AppSecret must be the current one of that account)",
        };
        return string.Create(CultureInfo.InvariantCulture, $"This was the access_token request of {MemberCardsSettingName.Of(WeChatConstants.ServiceName, registration)}, not the card call that needed the token: {check}.");
    }
}
