namespace MemberCards.Sdk.WeChat;

/// <summary>The wire facts of the WeChat Official Account card API and its event pushes, in one place.</summary>
public static class WeChatConstants
{
    /// <summary>The service name in exceptions, telemetry, setting names and the registry (<c>WeChat</c>); also the configuration key (<c>MemberCards:WeChat</c>).</summary>
    public const string ServiceName = "WeChat";

    /// <summary>The query parameter every card API call carries the token in.</summary>
    public const string AccessTokenParameter = "access_token";

    /// <summary>The <c>card_type</c> of a member card in card/create.</summary>
    public const string MemberCardType = "MEMBER_CARD";

    /// <summary>The <c>msgtype</c> of a customer-service or mass message that carries a card (<c>wxcard</c>).</summary>
    public const string CardMessageType = "wxcard";

    /// <summary>
    /// <c>get_custom_code_mode</c> of a card whose own codes (<c>use_custom_code</c>) are deposited with WeChat first
    /// (<c>card/code/deposit</c>): <c>GET_CUSTOM_CODE_MODE_DEPOSIT</c>. Only such a custom-code card can go out in a
    /// message, a mass send or an article, because WeChat hands the deposited codes out itself.
    /// </summary>
    public const string CustomCodeDepositMode = "GET_CUSTOM_CODE_MODE_DEPOSIT";

    /// <summary>
    /// How long after a user's last interaction with the account (a message, a menu click, a follow, a scan, a payment,
    /// entering the chat from a card ...) WeChat accepts customer-service messages to that user: 48 hours. Later it
    /// answers 45015 (<see cref="WeChatCustomerServiceWindowException"/>).
    /// </summary>
    public static readonly TimeSpan CustomerServiceWindow = TimeSpan.FromHours(48);

    /// <summary>The body that stops WeChat's retries of an event push (an empty string; <c>success</c> works too).</summary>
    public const string PushSuccessReply = "";

    /// <summary>How long WeChat waits for an answer to an event push before it re-sends it (5 s, 3 retries).</summary>
    public static readonly TimeSpan PushAnswerTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The default window around now in which an event push's signed <c>timestamp</c> must lie: 5 minutes, as WeChat Pay's.</summary>
    public static readonly TimeSpan DefaultPushTimestampWindow = TimeSpan.FromMinutes(5);

    /// <summary>The HTTP client name of a registration's card API calls.</summary>
    /// <param name="name">The registration name (empty for the default one).</param>
    /// <returns>The client name.</returns>
    internal static string ApiClientName(string name) => MemberCardsClientName.Of(ServiceName, name, ApiClientPurpose);

    /// <summary>The HTTP client name of a registration's token requests.</summary>
    /// <param name="name">The registration name (empty for the default one).</param>
    /// <returns>The client name.</returns>
    internal static string TokenClientName(string name) => MemberCardsClientName.Of(ServiceName, name, TokenClientPurpose);

    /// <summary>The <c>type</c> of <c>cgi-bin/ticket/getticket</c> that answers the jsapi_ticket.</summary>
    internal const string JsApiTicketType = "jsapi";

    /// <summary>The <c>type</c> of <c>cgi-bin/ticket/getticket</c> that answers the card api_ticket.</summary>
    internal const string CardTicketType = "wx_card";

    /// <summary>The purpose part of the card API client's name.</summary>
    internal const string ApiClientPurpose = "Api";

    /// <summary>The purpose part of the token client's name.</summary>
    internal const string TokenClientPurpose = "Token";

    // The path of every endpoint the SDK calls, named after the IWeChatApi method that calls it: IWeChatApi declares its calls with them and the emulator (MemberCards.Sdk.Testing) serves them.

    /// <summary><c>GET /cgi-bin/token</c>.</summary>
    internal const string GetClassicTokenPath = "/cgi-bin/token";

    /// <summary><c>POST /cgi-bin/stable_token</c>.</summary>
    internal const string GetStableTokenPath = "/cgi-bin/stable_token";

    /// <summary><c>GET /cgi-bin/ticket/getticket</c>.</summary>
    internal const string GetTicketPath = "/cgi-bin/ticket/getticket";

    /// <summary><c>POST /card/create</c>.</summary>
    internal const string CreateCardPath = "/card/create";

    /// <summary><c>POST /card/testwhitelist/set</c>.</summary>
    internal const string SetTestWhiteListPath = "/card/testwhitelist/set";

    /// <summary><c>POST /card/qrcode/create</c>.</summary>
    internal const string CreateQrCodePath = "/card/qrcode/create";

    /// <summary><c>POST /cgi-bin/media/uploadimg</c>.</summary>
    internal const string UploadImagePath = "/cgi-bin/media/uploadimg";

    /// <summary><c>POST /card/membercard/activate</c>.</summary>
    internal const string ActivateMemberCardPath = "/card/membercard/activate";

    /// <summary><c>POST /card/membercard/activateuserform/set</c>.</summary>
    internal const string SetActivateUserFormPath = "/card/membercard/activateuserform/set";

    /// <summary><c>POST /card/membercard/activatetempinfo/get</c>.</summary>
    internal const string GetActivateTempInfoPath = "/card/membercard/activatetempinfo/get";

    /// <summary><c>POST /card/membercard/userinfo/get</c>.</summary>
    internal const string GetMemberInfoPath = "/card/membercard/userinfo/get";

    /// <summary><c>POST /card/membercard/updateuser</c>.</summary>
    internal const string UpdateMemberPath = "/card/membercard/updateuser";

    /// <summary><c>POST /card/get</c>.</summary>
    internal const string GetCardPath = "/card/get";

    /// <summary><c>POST /card/update</c>.</summary>
    internal const string UpdateCardPath = "/card/update";

    /// <summary><c>POST /card/code/get</c>.</summary>
    internal const string GetCodePath = "/card/code/get";

    /// <summary><c>POST /card/code/decrypt</c>.</summary>
    internal const string DecryptCodePath = "/card/code/decrypt";

    /// <summary><c>POST /card/delete</c>.</summary>
    internal const string DeleteCardPath = "/card/delete";

    /// <summary><c>POST /card/code/unavailable</c>.</summary>
    internal const string MakeCodeUnavailablePath = "/card/code/unavailable";

    /// <summary><c>POST /card/landingpage/create</c>.</summary>
    internal const string CreateLandingPagePath = "/card/landingpage/create";

    /// <summary><c>POST /card/mpnews/gethtml</c>.</summary>
    internal const string GetMpNewsHtmlPath = "/card/mpnews/gethtml";

    /// <summary><c>POST /card/user/getcardlist</c>.</summary>
    internal const string GetUserCardListPath = "/card/user/getcardlist";

    /// <summary><c>POST /card/batchget</c>.</summary>
    internal const string BatchGetCardsPath = "/card/batchget";

    /// <summary><c>POST /card/modifystock</c>.</summary>
    internal const string ModifyStockPath = "/card/modifystock";

    /// <summary><c>POST /card/code/deposit</c>.</summary>
    internal const string DepositCodesPath = "/card/code/deposit";

    /// <summary><c>POST /card/code/getdepositcount</c>.</summary>
    internal const string GetDepositCountPath = "/card/code/getdepositcount";

    /// <summary><c>POST /card/code/checkcode</c>.</summary>
    internal const string CheckCodesPath = "/card/code/checkcode";

    /// <summary><c>POST /card/paygiftcard/add</c>.</summary>
    internal const string AddPayGiftCardRulePath = "/card/paygiftcard/add";

    /// <summary><c>POST /card/paygiftcard/delete</c>.</summary>
    internal const string DeletePayGiftCardRulePath = "/card/paygiftcard/delete";

    /// <summary><c>POST /card/paygiftcard/getbyid</c>.</summary>
    internal const string GetPayGiftCardRulePath = "/card/paygiftcard/getbyid";

    /// <summary><c>POST /card/paygiftcard/batchget</c>.</summary>
    internal const string BatchGetPayGiftCardRulesPath = "/card/paygiftcard/batchget";

    /// <summary><c>POST /datacube/getcardbizuininfo</c>.</summary>
    internal const string GetCardBizDataPath = "/datacube/getcardbizuininfo";

    /// <summary><c>POST /datacube/getcardcardinfo</c>.</summary>
    internal const string GetCardCardDataPath = "/datacube/getcardcardinfo";

    /// <summary><c>POST /datacube/getcardmembercardinfo</c>.</summary>
    internal const string GetMemberCardDataPath = "/datacube/getcardmembercardinfo";

    /// <summary><c>POST /datacube/getcardmembercarddetail</c>.</summary>
    internal const string GetMemberCardDetailDataPath = "/datacube/getcardmembercarddetail";

    /// <summary><c>POST /cgi-bin/message/custom/send</c>.</summary>
    internal const string SendCardMessagePath = "/cgi-bin/message/custom/send";

    /// <summary><c>POST /cgi-bin/message/mass/sendall</c>.</summary>
    internal const string MassSendCardPath = "/cgi-bin/message/mass/sendall";

    /// <summary><c>POST /cgi-bin/message/mass/send</c>.</summary>
    internal const string MassSendCardToUsersPath = "/cgi-bin/message/mass/send";

    /// <summary><c>POST /cgi-bin/message/mass/preview</c>.</summary>
    internal const string PreviewCardMessagePath = "/cgi-bin/message/mass/preview";
}
