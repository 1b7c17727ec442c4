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
}
