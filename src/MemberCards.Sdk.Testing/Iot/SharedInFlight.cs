namespace MemberCards.Sdk.Testing.Iot;

/// <summary>
/// The messages one member of shared groups holds unacknowledged (queued for it or sent and not yet acknowledged), which
/// go to another member when it disconnects. Not thread-safe: <see cref="SharedSubscriptions"/> holds its lock.
/// </summary>
internal sealed class SharedInFlight
{
    private readonly Dictionary<string, Queue<SharedDelivery>> byKey = new(StringComparer.Ordinal);
    private readonly HashSet<MqttApplicationMessage> messages = new(ReferenceEqualityComparer.Instance);

    /// <summary>How many messages the member holds.</summary>
    public int Count => messages.Count;

    /// <summary>Records that the member holds <paramref name="delivery"/>.</summary>
    public void Add(SharedDelivery delivery)
    {
        if (!messages.Add(delivery.Message))
        {
            return;
        }

        if (!byKey.TryGetValue(delivery.Key, out var queue))
        {
            byKey[delivery.Key] = queue = new Queue<SharedDelivery>();
        }

        queue.Enqueue(delivery);
    }

    /// <summary>Whether the member still holds this very message (it was not handed to another member).</summary>
    public bool Holds(MqttApplicationMessage message) => messages.Contains(message);

    /// <summary>Forgets the oldest held message with <paramref name="key"/> (the member acknowledged it).</summary>
    public void Acknowledge(string key)
    {
        if (byKey.TryGetValue(key, out var queue) && queue.TryDequeue(out var delivery))
        {
            messages.Remove(delivery.Message);
            if (queue.Count == 0)
            {
                byKey.Remove(key);
            }
        }
    }

    /// <summary>Takes every held message, oldest first per key, and forgets them.</summary>
    public List<SharedDelivery> TakeAll()
    {
        var all = byKey.Values.SelectMany(static q => q).ToList();
        byKey.Clear();
        messages.Clear();
        return all;
    }
}
