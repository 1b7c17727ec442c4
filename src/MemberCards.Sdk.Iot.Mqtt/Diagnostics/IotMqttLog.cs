using Microsoft.Extensions.Logging;

namespace MemberCards.Sdk.Iot.Mqtt;

/// <summary>The MQTT subscription's log messages, event ids 5051-5069 of the IoT range (ids only: never payload fields).</summary>
internal static partial class IotMqttLog
{
    [LoggerMessage(EventId = 5051, Level = LogLevel.Information, Message = "IoT MQTT subscription {Registration} connected to {Server}:{Port} as {ClientId} (session present: {SessionPresent}) and subscribed to {Topics}.")]
    internal static partial void Connected(ILogger logger, string registration, string server, int port, string clientId, bool sessionPresent, string topics);

    [LoggerMessage(EventId = 5052, Level = LogLevel.Warning, Message = "IoT MQTT subscription {Registration} could not connect to {Server}:{Port}; retrying in {Delay}.")]
    internal static partial void ConnectFailed(ILogger logger, Exception exception, string registration, string server, int port, TimeSpan delay);

    [LoggerMessage(EventId = 5053, Level = LogLevel.Warning, Message = "IoT MQTT subscription {Registration} lost its connection ({Reason}); reconnecting in {Delay}.")]
    internal static partial void Disconnected(ILogger logger, Exception? exception, string registration, string reason, TimeSpan delay);

    [LoggerMessage(EventId = 5054, Level = LogLevel.Error, Message = "IoT MQTT subscription {Registration}: the broker refused the subscription to {Topic} ({ResultCode}).")]
    internal static partial void SubscribeRefused(ILogger logger, string registration, string topic, string resultCode);

    [LoggerMessage(EventId = 5055, Level = LogLevel.Warning, Message = "IoT MQTT message {MessageId} on {Topic} (packet {PacketId}) cannot be read and is acknowledged without handling: {Reason}")]
    internal static partial void Malformed(ILogger logger, string? messageId, string topic, int packetId, string reason);

    [LoggerMessage(EventId = 5056, Level = LogLevel.Error, Message = "IoT MQTT message {MessageId} on {Topic} was not handled (a handler failed); it stays unacknowledged and the session reconnects in {Delay} so that the broker redelivers it.")]
    internal static partial void HandlerFailed(ILogger logger, Exception exception, string? messageId, string topic, TimeSpan delay);

    [LoggerMessage(EventId = 5064, Level = LogLevel.Error, Message = "IoT MQTT message {MessageId} on {Topic} was not handled: the de-duplication store failed ({Reason}), so no handler ran; it stays unacknowledged and the session reconnects in {Delay} so that the broker redelivers it once the store answers.")]
    internal static partial void StoreFailed(ILogger logger, Exception exception, string? messageId, string topic, string reason, TimeSpan delay);

    [LoggerMessage(EventId = 5057, Level = LogLevel.Information, Message = "IoT MQTT message {MessageId} on {Topic} is being handled by another delivery; it stays unacknowledged and the session reconnects in {Delay}.")]
    internal static partial void InProgress(ILogger logger, string? messageId, string topic, TimeSpan delay);

    [LoggerMessage(EventId = 5058, Level = LogLevel.Error, Message = "A poison-message handler failed for IoT MQTT message {MessageId} on {Topic}; the message is acknowledged anyway.")]
    internal static partial void PoisonHandlerFailed(ILogger logger, Exception exception, string? messageId, string topic);

    [LoggerMessage(EventId = 5059, Level = LogLevel.Debug, Message = "IoT MQTT acknowledgement of message {MessageId} on {Topic} was not sent (connection lost); the broker will redeliver it and the de-duplication answers it.")]
    internal static partial void AcknowledgeFailed(ILogger logger, Exception exception, string? messageId, string topic);

    [LoggerMessage(EventId = 5060, Level = LogLevel.Information, Message = "IoT MQTT subscription {Registration} is stopping: no new message is started; unacknowledged messages stay with the broker.")]
    internal static partial void Stopping(ILogger logger, string registration);

    [LoggerMessage(EventId = 5061, Level = LogLevel.Information, Message = "IoT MQTT subscription {Registration} stopped.")]
    internal static partial void Stopped(ILogger logger, string registration);

    [LoggerMessage(EventId = 5062, Level = LogLevel.Warning, Message = "IoT MQTT message {MessageId} on {Topic} was cancelled by the host's shutdown; it stays unacknowledged with the broker.")]
    internal static partial void Cancelled(ILogger logger, string? messageId, string topic);

    [LoggerMessage(EventId = 5063, Level = LogLevel.Warning, Message = "IoT MQTT subscription {Registration} uses a session that is not persistent: every message published while it is disconnected (a dropped connection, a broker or host restart, the reconnect after a failed handler) and every message received but not yet acknowledged is lost at that disconnect (set Mqtt:PersistentSession).")]
    internal static partial void NotPersistent(ILogger logger, string registration);

    [LoggerMessage(EventId = 5065, Level = LogLevel.Error, Message = "IoT MQTT subscription {Registration} lost its session to another client that connected with the same client id {ClientId}: two instances share it and take the session from each other. Give every instance its own client id (set Mqtt:InstanceName to the machine or pod name).")]
    internal static partial void SessionTakenOver(ILogger logger, string registration, string clientId);

    [LoggerMessage(EventId = 5066, Level = LogLevel.Warning, Message = "IoT MQTT subscription {Registration} sends its password to {Server} without TLS: anyone on the network path can read it (set Mqtt:UseTls, usually with port 8883).")]
    internal static partial void PasswordInClear(ILogger logger, string registration, string? server);
}
