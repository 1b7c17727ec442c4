using Microsoft.Extensions.Logging;

namespace MemberCards.Sdk.Iot.Dispatching;

/// <summary>The dispatcher's log messages (ids only: never personal data from the events).</summary>
internal static partial class IotLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Debug, Message = "IoT message {MessageId} on {Tenant}/{Project} processed: events {Events}, {HandlerCalls} handler calls.")]
    internal static partial void Processed(ILogger logger, string? messageId, string tenant, string project, string events, int handlerCalls);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "IoT message {MessageId} on {Tenant}/{Project} was handled before; skipped.")]
    internal static partial void Duplicate(ILogger logger, string messageId, string tenant, string project);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Debug, Message = "IoT message on {Tenant}/{Project} ignored: tenant or project not allowed by IotOptions.")]
    internal static partial void Ignored(ILogger logger, string tenant, string project);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "IoT message on {Tenant}/{Project} has no msgId; it cannot be de-duplicated.")]
    internal static partial void NoMessageId(ILogger logger, string tenant, string project);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Debug, Message = "IoT event {EventKey} of message {MessageId} has no handler.")]
    internal static partial void Unhandled(ILogger logger, string eventKey, string? messageId);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Error, Message = "A handler for IoT event {EventKey} of message {MessageId} on {Tenant}/{Project} failed; the message is not marked as handled.")]
    internal static partial void HandlerFailed(ILogger logger, Exception exception, string eventKey, string? messageId, string tenant, string project);
}
