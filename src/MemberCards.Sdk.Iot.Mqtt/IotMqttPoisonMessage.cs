namespace MemberCards.Sdk.Iot.Mqtt;

/// <summary>A message the subscription could not read, as handed to <see cref="IIotMqttPoisonMessageHandler"/>.</summary>
public sealed class IotMqttPoisonMessage
{
    internal IotMqttPoisonMessage(string registrationName, string topic, string? messageId, ReadOnlyMemory<byte> payload, MemberCardsFormatException error)
    {
        RegistrationName = registrationName;
        Topic = topic;
        MessageId = messageId;
        Payload = payload;
        Error = error;
    }

    /// <summary>The IoT registration whose subscription received it (empty for the default one).</summary>
    public string RegistrationName { get; }

    /// <summary>The topic it arrived on.</summary>
    public string Topic { get; }

    /// <summary>Its <c>msgId</c> when that much of the payload could be read, otherwise <see langword="null"/>.</summary>
    public string? MessageId { get; }

    /// <summary>The payload exactly as received (it may hold personal data: store it as such).</summary>
    public ReadOnlyMemory<byte> Payload { get; }

    /// <summary>Why it was refused (<see cref="MemberCardsMessageTooLargeException"/> for a payload over the cap).</summary>
    public MemberCardsFormatException Error { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Topic} msgId={MessageId} bytes={Payload.Length}: {Error.Message}";
}
