using Microsoft.Extensions.Logging;

namespace MemberCards.Sdk.Youzan;

/// <summary>
/// The dispatcher's log messages (no secrets, no personal data: ids and types only). The app is named as its
/// settings are (<c>MemberCards:Youzan</c> for the default app, <c>MemberCards:Youzan(brandA)</c> for a named one).
/// </summary>
internal static partial class YouzanLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Youzan push for {App} rejected ({Bytes} bytes): {Reason}")]
    public static partial void Rejected(ILogger logger, string app, int bytes, string reason);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Youzan push for {App} is a duplicate: type {Type}, id {Id}, msg_id {MessageId}, sendCount {SendCount}")]
    public static partial void Duplicate(ILogger logger, string app, string? type, string? id, string? messageId, int? sendCount);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Debug, Message = "Youzan push for {App} handled: type {Type}, status {Status}, id {Id}, msg_id {MessageId}, {Handlers} handler(s)")]
    public static partial void Handled(ILogger logger, string app, string? type, string? status, string? id, string? messageId, int handlers);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "Youzan push for {App} has no handler: type {Type}, status {Status}")]
    public static partial void Unhandled(ILogger logger, string app, string? type, string? status);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "Youzan push for {App} verified but unreadable: type {Type}, id {Id}, msg_id {MessageId}: {Reason}")]
    public static partial void Unreadable(ILogger logger, string app, string? type, string? id, string? messageId, string reason);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Information, Message = "Youzan push for {App} is being handled by another delivery; Youzan is told to re-send it: type {Type}, id {Id}, msg_id {MessageId}, sendCount {SendCount}")]
    public static partial void InProgress(ILogger logger, string app, string? type, string? id, string? messageId, int? sendCount);
}
