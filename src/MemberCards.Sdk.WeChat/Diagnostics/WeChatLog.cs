namespace MemberCards.Sdk.WeChat;

/// <summary>The WeChat client's log messages, with stable event ids (2000 range); never a token or a secret.</summary>
internal static partial class WeChatLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "WeChat access_token obtained for AppId {AppId} ({Mode}, force_refresh {Force}), expires in {ExpiresIn} s.")]
    public static partial void TokenFetched(ILogger logger, string appId, WeChatTokenMode mode, bool force, long expiresIn);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "WeChat rejected the access_token of AppId {AppId}; renewing it.")]
    public static partial void TokenRejected(ILogger logger, string appId);

    [LoggerMessage(EventId = 2090, Level = LogLevel.Warning, Message = "The shared token cache or fleet lock is unreachable ({Reason}); AppId {AppId} fetches its access_token per process until it is back.")]
    public static partial void TokenFleetFallback(ILogger logger, string appId, string reason);

    [LoggerMessage(EventId = 2091, Level = LogLevel.Information, Message = "The shared token cache and fleet lock answer again; AppId {AppId} fetches its access_token once per fleet again.")]
    public static partial void TokenFleetResumed(ILogger logger, string appId);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "WeChat card for AppId {AppId} sets several activation modes: WeChat ignores {Ignored} because {Winner} takes precedence.")]
    public static partial void ActivationFieldIgnored(ILogger logger, string appId, string ignored, string winner);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "WeChat {Type} ticket obtained for AppId {AppId}, expires in {ExpiresIn} s.")]
    public static partial void TicketFetched(ILogger logger, string appId, string type, long expiresIn);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "A signature made with the {Type} ticket of AppId {AppId} was refused; renewing the ticket.")]
    public static partial void TicketRejected(ILogger logger, string appId, string type);

    [LoggerMessage(EventId = 2092, Level = LogLevel.Warning, Message = "The shared cache or fleet lock is unreachable ({Reason}); AppId {AppId} fetches its {Type} ticket per process until it is back.")]
    public static partial void TicketFleetFallback(ILogger logger, string appId, string type, string reason);

    [LoggerMessage(EventId = 2093, Level = LogLevel.Information, Message = "The shared cache and fleet lock answer again; AppId {AppId} fetches its {Type} ticket once per fleet again.")]
    public static partial void TicketFleetResumed(ILogger logger, string appId, string type);
}
