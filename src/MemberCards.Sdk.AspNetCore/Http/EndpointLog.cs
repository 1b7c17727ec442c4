namespace MemberCards.Sdk.AspNetCore;

/// <summary>The endpoints' log messages: service, outcome and ids only, never a body, secret or personal data.</summary>
internal static partial class EndpointLog
{
    /// <summary>The logger category of every endpoint.</summary>
    public const string Category = "MemberCards.Sdk.AspNetCore";

    [LoggerMessage(EventId = 9001, Level = LogLevel.Warning, Message = "{Service} endpoint refused a body over {MaxBytes} bytes (Content-Length {ContentLength})")]
    public static partial void TooLarge(ILogger logger, string service, int maxBytes, long? contentLength);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Warning, Message = "{Service} endpoint refused a message that does not verify: {Reason}")]
    public static partial void SignatureFailed(ILogger logger, string service, string reason);

    [LoggerMessage(EventId = 9003, Level = LogLevel.Warning, Message = "{Service} endpoint refused a malformed message: {Reason}")]
    public static partial void Malformed(ILogger logger, string service, string reason);

    [LoggerMessage(EventId = 9004, Level = LogLevel.Error, Message = "{Service} endpoint could not process a message (a handler or the configuration failed); the platform is told to deliver it again")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string service);

    [LoggerMessage(EventId = 9005, Level = LogLevel.Debug, Message = "{Service} endpoint: {Outcome} ({Id})")]
    public static partial void Done(ILogger logger, string service, string outcome, string? id);

    [LoggerMessage(EventId = 9006, Level = LogLevel.Information, Message = "{Service} endpoint: a re-delivery of an already handled message was acknowledged without running handlers ({Id})")]
    public static partial void Duplicate(ILogger logger, string service, string? id);

    [LoggerMessage(EventId = 9007, Level = LogLevel.Warning, Message = "{Service} endpoint: no handler is registered for {EventName}; the message is acknowledged")]
    public static partial void NoHandler(ILogger logger, string service, string? eventName);

    [LoggerMessage(EventId = 9008, Level = LogLevel.Warning, Message = "{Service} endpoint refused a request without valid credentials")]
    public static partial void Unauthorized(ILogger logger, string service);

    [LoggerMessage(EventId = 9009, Level = LogLevel.Debug, Message = "{Service} endpoint: the client sent its body too slowly or went away ({Reason}); answered {StatusCode}")]
    public static partial void BodyNotReceived(ILogger logger, string service, string reason, int statusCode);

    [LoggerMessage(EventId = 9010, Level = LogLevel.Information, Message = "{Service} endpoint: another delivery of the message is being handled; the platform is told to deliver it again ({Id})")]
    public static partial void InProgress(ILogger logger, string service, string? id);

    [LoggerMessage(EventId = 9011, Level = LogLevel.Warning, Message = "{Service} endpoint: the route names '{Name}', which is neither registered nor known to the registration source; answered 404 like a route that is not mapped")]
    public static partial void UnknownRegistration(ILogger logger, string service, string name);
}
