namespace MemberCards.Sdk;

/// <summary>The logs of <see cref="InboundCore"/>, the same for every service (event ids 1001-1099).</summary>
internal static partial class InboundLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Debug, Message = "{Service} message {MessageId} for registration '{Registration}' handled: {HandlerCalls} handler call(s).")]
    public static partial void Handled(ILogger logger, string service, string registration, string? messageId, int handlerCalls);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "{Service} message {MessageId} for registration '{Registration}' was handled before; no handler ran.")]
    public static partial void Duplicate(ILogger logger, string service, string registration, string? messageId);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "{Service} message {MessageId} for registration '{Registration}' is being handled by another delivery; the platform is told to retry.")]
    public static partial void InProgress(ILogger logger, string service, string registration, string? messageId);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "{Service} message {MessageId} for registration '{Registration}' has no handler; it is not remembered, so a redelivery runs handlers registered by then.")]
    public static partial void Unhandled(ILogger logger, string service, string registration, string? messageId);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Error, Message = "A handler of {Service} {MessageType} (message {MessageId}, registration '{Registration}') failed; the claim is released so a redelivery runs it again.")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string service, string registration, string messageType, string? messageId);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Debug, Message = "{Service} {MessageType} of message {MessageId} (registration '{Registration}') has no handler.")]
    public static partial void NoHandler(ILogger logger, string service, string registration, string messageType, string? messageId);
}
