using Microsoft.Extensions.Logging;

namespace MemberCards.Sdk.Erp;

/// <summary>The ERP client's log messages (phone numbers masked, also inside the ERP's own texts).</summary>
internal static partial class ErpLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Debug, Message = "Sending points change {PointsChanges} for {Mobile} to {Registration}")]
    public static partial void Sending(ILogger logger, string registration, int pointsChanges, string mobile);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "{Registration} applied points change for {Mobile}: card {CardNo}, state {State}")]
    public static partial void Applied(ILogger logger, string registration, string mobile, string? cardNo, string? state);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning, Message = "{Registration} refused points change for {Mobile}: HTTP {StatusCode}, code {Code}, {Message}")]
    public static partial void Refused(ILogger logger, string registration, string mobile, int? statusCode, string? code, string? message);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Warning, Message = "Outcome of points change for {Mobile} at {Registration} is unknown (HTTP {StatusCode}); check the ERP before resending")]
    public static partial void OutcomeUnknown(ILogger logger, string registration, string mobile, int? statusCode, Exception? exception);
}
