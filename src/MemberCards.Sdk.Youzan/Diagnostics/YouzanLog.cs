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

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "Youzan push for {App} verified but unreadable: type {Type}, id {Id}, msg_id {MessageId}: {Reason}")]
    public static partial void Unreadable(ILogger logger, string app, string? type, string? id, string? messageId, string reason);
}
