using System.Collections.Concurrent;
using MemberCards.Sdk.Iot.Mqtt;

namespace MemberCards.Sdk.Iot.Mqtt.Tests.Support;

/// <summary>What the test handlers did, per msgId: completed runs, failed attempts, poison messages; and how they should behave.</summary>
internal sealed class HandledMessages
{
    private readonly ConcurrentDictionary<string, int> completed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> attempts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> failuresLeft = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<IotMqttPoisonMessage> poison = new();
    private readonly ConcurrentQueue<string> registrations = new();
    private readonly ConcurrentQueue<string> eventKeys = new();

    /// <summary>How long each handler run takes (honouring cancellation).</summary>
    internal TimeSpan Delay { get; set; }

    internal IReadOnlyDictionary<string, int> Completed => completed;

    internal IReadOnlyDictionary<string, int> Attempts => attempts;

    internal IReadOnlyCollection<IotMqttPoisonMessage> Poison => poison;

    internal IReadOnlyCollection<string> Registrations => registrations;

    internal IReadOnlyCollection<string> EventKeys => eventKeys;

    internal int CompletedCount => completed.Count;

    internal void FailFirstAttempts(string messageId, int times) => failuresLeft[messageId] = times;

    internal async Task RunAsync(IotEvent message, IotMessageContext context, CancellationToken cancellationToken)
    {
        eventKeys.Enqueue(message.Key);
        var id = context.MessageId ?? "(none)";
        attempts.AddOrUpdate(id, 1, static (_, n) => n + 1);
        registrations.Enqueue(context.RegistrationName);
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, cancellationToken);
        }

        if (failuresLeft.TryGetValue(id, out var left) && left > 0 && failuresLeft.TryUpdate(id, left - 1, left))
        {
            throw new InvalidOperationException($"downstream system unavailable for {id}");
        }

        completed.AddOrUpdate(id, 1, static (_, n) => n + 1);
    }

    internal void AddPoison(IotMqttPoisonMessage message) => poison.Enqueue(message);

    /// <summary>Waits until <paramref name="condition"/> holds, failing with <paramref name="describe"/> after <paramref name="timeout"/>.</summary>
    internal static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, Func<string> describe)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {timeout}: {describe()}");
            }

            await Task.Delay(20);
        }
    }
}

/// <summary>Runs for every IoT event and records it in <see cref="HandledMessages"/>.</summary>
internal sealed class RecordingHandler(HandledMessages handled) : IIotMessageHandler<IotEvent>
{
    public Task HandleAsync(IotEvent message, IotMessageContext context, CancellationToken cancellationToken) => handled.RunAsync(message, context, cancellationToken);
}

/// <summary>Records the poison messages.</summary>
internal sealed class RecordingPoisonHandler(HandledMessages handled) : IIotMqttPoisonMessageHandler
{
    public Task HandleAsync(IotMqttPoisonMessage message, CancellationToken cancellationToken)
    {
        handled.AddPoison(message);
        return Task.CompletedTask;
    }
}
