using Microsoft.Extensions.Logging;

namespace MemberCards.Sdk.Erp;

/// <summary>The ERP client's log messages (phone numbers redacted).</summary>
internal static partial class ErpLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Debug, Message = "Sending points change {PointsChanges} for {Mobile} to {Endpoint}")]
    public static partial void Sending(ILogger logger, int pointsChanges, string mobile, Uri endpoint);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "ERP applied points change for {Mobile}: card {CardNo}, state {State}")]
    public static partial void Applied(ILogger logger, string mobile, string? cardNo, string? state);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning, Message = "ERP refused points change for {Mobile}: HTTP {StatusCode}, code {Code}, {Message}")]
    public static partial void Refused(ILogger logger, string mobile, int? statusCode, string? code, string? message);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Warning, Message = "Outcome of points change for {Mobile} is unknown (HTTP {StatusCode}); check the ERP before resending")]
    public static partial void OutcomeUnknown(ILogger logger, string mobile, int? statusCode, Exception? exception);
}
