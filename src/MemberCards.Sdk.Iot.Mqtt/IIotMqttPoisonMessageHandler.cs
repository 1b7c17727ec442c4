namespace MemberCards.Sdk.Iot.Mqtt;

/// <summary>
/// Receives the messages the subscription could not read (malformed JSON, a topic of another shape, a payload over
/// <see cref="IotOptions.MaxMessageBytes"/>): for a dead-letter store or an alert. The message is acknowledged after the
/// poison handlers ran (whether they succeed or throw), so it never comes back and never stops the subscription.
/// Register with <c>AddIotEvents().AddMqttPoisonMessageHandler&lt;THandler&gt;()</c> (scoped).
/// </summary>
public interface IIotMqttPoisonMessageHandler
{
    /// <summary>Handles a message that cannot be read.</summary>
    /// <param name="message">The message and why it was refused.</param>
    /// <param name="cancellationToken">Cancels the handling (host shutdown).</param>
    /// <returns>A task that completes when done.</returns>
    Task HandleAsync(IotMqttPoisonMessage message, CancellationToken cancellationToken);
}
