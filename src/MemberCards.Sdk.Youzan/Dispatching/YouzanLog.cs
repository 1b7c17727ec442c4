using Microsoft.Extensions.Logging;

namespace MemberCards.Sdk.Youzan;

/// <summary>The dispatcher's log messages (no secrets, no personal data: ids and types only).</summary>
internal static partial class YouzanLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Youzan push for app '{App}' rejected ({Bytes} bytes): {Reason}")]
    public static partial void Rejected(ILogger logger, string app, int bytes, string reason);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Youzan push for app '{App}' is a duplicate: type {Type}, id {Id}, msg_id {MessageId}, sendCount {SendCount}")]
    public static partial void Duplicate(ILogger logger, string app, string? type, string? id, string? messageId, int? sendCount);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Debug, Message = "Youzan push for app '{App}' handled: type {Type}, status {Status}, id {Id}, msg_id {MessageId}, {Handlers} handler(s)")]
    public static partial void Handled(ILogger logger, string app, string? type, string? status, string? id, string? messageId, int handlers);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "Youzan push for app '{App}' has no handler: type {Type}, status {Status}")]
    public static partial void Unhandled(ILogger logger, string app, string? type, string? status);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "Youzan push for app '{App}' verified but unreadable: type {Type}, id {Id}, msg_id {MessageId}: {Reason}")]
    public static partial void Unreadable(ILogger logger, string app, string? type, string? id, string? messageId, string reason);
}
