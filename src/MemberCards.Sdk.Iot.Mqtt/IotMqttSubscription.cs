using System.Buffers;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MQTTnet;
using MQTTnet.Protocol;

namespace MemberCards.Sdk.Iot.Mqtt;

/// <summary>
/// The hosted MQTT subscription of one IoT registration: connects (MQTT 5, persistent session), subscribes, hands every
/// message to the registration's dispatcher one at a time, and acknowledges it only after the handlers succeeded, it was
/// a duplicate, or it cannot ever be read. A handler failure leaves the message unacknowledged and reconnects the session,
/// because a broker redelivers an unacknowledged message only when the session reconnects.
/// </summary>
internal sealed class IotMqttSubscription(
    string name,
    IOptionsMonitor<IotMqttOptions> mqttOptions,
    IIotDispatcherFactory dispatchers,
    IServiceScopeFactory scopeFactory,
    IotMqttSubscriptionState state,
    TimeProvider timeProvider,
    ILogger<IotMqttSubscription> logger) : BackgroundService
{
    private static readonly TimeSpan UnwindGrace = TimeSpan.FromSeconds(2);
    private readonly CancellationTokenSource handlerCancellation = new();
    private readonly SemaphoreSlim inFlight = new(1, 1);
    private readonly TagList tags = new() { { "registration", name } };
    private readonly string label = name.Length == 0 ? "(default)" : name;
    private volatile bool stopping;
    private volatile IotMqttConnection? current;
    private int handlerFailures;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        stopping = true;
        IotMqttLog.Stopping(logger, label);

        // In-flight handlers may finish until the host's shutdown timeout; then they are cancelled (and not acknowledged).
        using var registration = cancellationToken.Register(static s => ((CancellationTokenSource)s!).Cancel(), handlerCancellation);
        await base.StopAsync(cancellationToken).ConfigureAwait(false);

        // After a timeout the cancelled handler still has to unwind and the client to send its DISCONNECT: give it a moment,
        // so the broker does not keep the old connection (and its unacknowledged message) while the next instance connects.
        if (ExecuteTask is { IsCompleted: false } running)
        {
            await Task.WhenAny(running, Task.Delay(UnwindGrace, timeProvider, CancellationToken.None)).ConfigureAwait(false);
        }
    }

    public override void Dispose()
    {
        base.Dispose();
        handlerCancellation.Dispose();
        inFlight.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var options = mqttOptions.Get(name);
        var dispatcher = dispatchers.Create(name);
        var clientOptions = IotMqttClientOptions.Build(options);
        var subscribeOptions = IotMqttClientOptions.BuildSubscription(options);
        var topics = string.Join(", ", subscribeOptions.TopicFilters.Select(static f => f.Topic));
        var clientId = IotMqttClientOptions.ClientId(options);
        if (!options.PersistentSession)
        {
            IotMqttLog.NotPersistent(logger, label);
        }

        if (options.SendsPasswordInClear)
        {
            IotMqttLog.PasswordInClear(logger, label, options.Server);
        }

        using var client = new MqttClientFactory().CreateMqttClient();
        client.ApplicationMessageReceivedAsync += e => OnMessageAsync(e, dispatcher, options);
        client.DisconnectedAsync += e =>
        {
            if (e.Reason == MqttClientDisconnectReason.SessionTakenOver)
            {
                IotMqttLog.SessionTakenOver(logger, label, clientId);
            }

            if (e.ClientWasConnected)
            {
                current?.End($"{e.Reason}{(e.Exception is null ? string.Empty : ": " + e.Exception.GetType().Name)}");
            }

            return Task.CompletedTask;
        };

        var failures = 0;
        var connectedBefore = false;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var connection = new IotMqttConnection();
                current = connection;
                try
                {
                    using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                    timeout.CancelAfter(options.ConnectTimeout);
                    var connected = await client.ConnectAsync(clientOptions, timeout.Token).ConfigureAwait(false);
                    var subscribed = await client.SubscribeAsync(subscribeOptions, timeout.Token).ConfigureAwait(false);
                    var refused = subscribed.Items.Where(static i => (int)i.ResultCode >= 0x80).ToList();
                    foreach (var item in refused)
                    {
                        IotMqttLog.SubscribeRefused(logger, label, item.TopicFilter.Topic, item.ResultCode.ToString());
                    }

                    if (refused.Count > 0)
                    {
                        throw new InvalidOperationException($"The broker refused the subscription to {string.Join(", ", refused.Select(static i => i.TopicFilter.Topic))}.");
                    }

                    if (connectedBefore)
                    {
                        IotTelemetry.Reconnects.Add(1, tags);
                    }

                    connectedBefore = true;
                    failures = 0;
                    state.Set(true, "connected and subscribed");
                    IotMqttLog.Connected(logger, label, options.Server!, options.Port, clientId, connected.IsSessionPresent, topics);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    break;
                }
                catch (Exception ex)
                {
                    var delay = IotMqttBackoff.Delay(options.ReconnectMinDelay, options.ReconnectMaxDelay, failures++, Random.Shared);
                    state.Set(false, $"connect failed ({ex.GetType().Name}); retrying");
                    IotMqttLog.ConnectFailed(logger, ex, label, options.Server!, options.Port, delay);
                    await DisconnectQuietlyAsync(client).ConfigureAwait(false);
                    await Task.Delay(delay, timeProvider, stoppingToken).ConfigureAwait(false);
                    continue;
                }

                var reason = await connection.Ended.Task.WaitAsync(stoppingToken).ConfigureAwait(false);
                TimeSpan wait;
                if (connection.RedeliveryDelay is { } redelivery)
                {
                    // Give the unacknowledged message back to the broker: it is redelivered when the session reconnects.
                    wait = redelivery;
                    state.Set(false, "reconnecting for a redelivery");
                    await DisconnectQuietlyAsync(client).ConfigureAwait(false);
                }
                else
                {
                    wait = IotMqttBackoff.Delay(options.ReconnectMinDelay, options.ReconnectMaxDelay, failures++, Random.Shared);
                    state.Set(false, $"connection lost ({reason}); reconnecting");
                    IotMqttLog.Disconnected(logger, null, label, reason, wait);
                }

                await Task.Delay(wait, timeProvider, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stop.
        }

        stopping = true;
        await inFlight.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        inFlight.Release();
        await DisconnectQuietlyAsync(client).ConfigureAwait(false);
        state.Set(false, "stopped");
        IotMqttLog.Stopped(logger, label);
    }

    private async Task OnMessageAsync(MqttApplicationMessageReceivedEventArgs e, IIotDispatcher dispatcher, IotMqttOptions options)
    {
        e.AutoAcknowledge = false;
        var connection = current;
        if (stopping || connection is null || connection.RedeliveryDelay is not null)
        {
            return; // Not acknowledged: the broker keeps it for the next session.
        }

        await inFlight.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            if (stopping || connection.RedeliveryDelay is not null)
            {
                return;
            }

            var message = e.ApplicationMessage;
            var topic = message.Topic;
            IotTelemetry.Received.Add(1, tags);
            var payload = message.Payload.ToArray();
            IotDispatchResult result;
            try
            {
                result = await dispatcher.DispatchAsync(topic, payload, handlerCancellation.Token).ConfigureAwait(false);
            }
            catch (MemberCardsFormatException ex)
            {
                var id = IotMessageReader.TryReadMessageId(payload);
                IotTelemetry.Malformed.Add(1, tags);
                IotMqttLog.Malformed(logger, id, topic, e.PacketIdentifier, ex.Message);
                await RunPoisonHandlersAsync(new IotMqttPoisonMessage(name, topic, id, payload, ex)).ConfigureAwait(false);
                await AcknowledgeAsync(e, id, topic).ConfigureAwait(false);
                return;
            }
            catch (OperationCanceledException) when (handlerCancellation.IsCancellationRequested)
            {
                IotMqttLog.Cancelled(logger, IotMessageReader.TryReadMessageId(payload), topic);
                return;
            }
            catch (MemberCardsCoordinationException ex)
            {
                IotTelemetry.Failed.Add(1, tags);
                var delay = IotMqttBackoff.Delay(options.ReconnectMinDelay, options.ReconnectMaxDelay, handlerFailures++, Random.Shared);
                IotMqttLog.StoreFailed(logger, ex, IotMessageReader.TryReadMessageId(payload), topic, ex.Message, delay);
                connection.RequestRedelivery(delay);
                return;
            }
            catch (Exception ex)
            {
                IotTelemetry.Failed.Add(1, tags);
                var delay = IotMqttBackoff.Delay(options.ReconnectMinDelay, options.ReconnectMaxDelay, handlerFailures++, Random.Shared);
                IotMqttLog.HandlerFailed(logger, ex, IotMessageReader.TryReadMessageId(payload), topic, delay);
                connection.RequestRedelivery(delay);
                return;
            }

            switch (result.Outcome)
            {
                case InboundOutcome.InProgress:
                    IotTelemetry.Failed.Add(1, tags);
                    var delay = IotMqttBackoff.Delay(options.ReconnectMinDelay, options.ReconnectMaxDelay, handlerFailures++, Random.Shared);
                    IotMqttLog.InProgress(logger, result.MessageId, topic, delay);
                    connection.RequestRedelivery(delay);
                    return;
                case InboundOutcome.Duplicate:
                    IotTelemetry.Duplicate.Add(1, tags);
                    break;
                default:
                    handlerFailures = 0;
                    var outcome = tags;
                    outcome.Add("outcome", result.Outcome.ToString());
                    IotTelemetry.Handled.Add(1, outcome);
                    break;
            }

            await AcknowledgeAsync(e, result.MessageId, topic).ConfigureAwait(false);
        }
        finally
        {
            inFlight.Release();
        }
    }

    private async Task AcknowledgeAsync(MqttApplicationMessageReceivedEventArgs e, string? messageId, string topic)
    {
        if (e.ApplicationMessage.QualityOfServiceLevel == MqttQualityOfServiceLevel.AtMostOnce)
        {
            return;
        }

        try
        {
            await e.AcknowledgeAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            IotMqttLog.AcknowledgeFailed(logger, ex, messageId, topic);
        }
    }

    private async Task RunPoisonHandlersAsync(IotMqttPoisonMessage message)
    {
        var scope = scopeFactory.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            foreach (var handler in scope.ServiceProvider.GetServices<IIotMqttPoisonMessageHandler>())
            {
                try
                {
                    await handler.HandleAsync(message, handlerCancellation.Token).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    IotMqttLog.PoisonHandlerFailed(logger, ex, message.MessageId, message.Topic);
                }
            }
        }
    }

    private static async Task DisconnectQuietlyAsync(IMqttClient client)
    {
        try
        {
            if (client.IsConnected)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().WithReason(MqttClientDisconnectOptionsReason.NormalDisconnection).Build(), timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The connection is gone either way; the session stays with the broker.
        }
    }
}
