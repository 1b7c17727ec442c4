using System.Runtime.CompilerServices;
using MQTTnet.Packets;
using MQTTnet.Server;

namespace MemberCards.Sdk.Testing.Iot;

/// <summary>
/// Shared subscriptions (MQTT 5, <c>$share/{group}/{filter}</c>) on the emulator's MQTTnet broker, which refuses them
/// itself. A SUBSCRIBE to <c>$share/g/f</c> becomes an ordinary subscription to <c>f</c> and makes the client a member
/// of group <c>g</c> for <c>f</c>; each message that matches <c>f</c> is then let through to exactly one connected
/// member of the group, in turn (round robin), while ordinary subscribers get their copy as before. A member that
/// disconnects hands the messages it held unacknowledged to the next connected member (or, when none is connected, to
/// the first member that connects). While the broker is stopped for a restart nothing moves: sessions keep their messages.
/// </summary>
internal sealed class SharedSubscriptions
{
    private readonly MqttServer server;
    private readonly Lock gate = new();
    private readonly Dictionary<SharedTopicFilter, SharedGroup> groups = [];
    private readonly HashSet<string> connected = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SharedInFlight> inFlight = new(StringComparer.Ordinal);
    private readonly Dictionary<SharedGroup, Queue<MqttApplicationMessage>> waiting = [];
    private readonly ConditionalWeakTable<MqttApplicationMessage, Dictionary<SharedGroup, string>> chosen = [];
    private long redelivered;

    /// <summary>Hooks the shared subscriptions into <paramref name="server"/>'s events.</summary>
    public SharedSubscriptions(MqttServer server)
    {
        this.server = server;
        server.InterceptingInboundPacketAsync += OnInboundPacketAsync;
        server.ClientConnectedAsync += OnConnectedAsync;
        server.ClientDisconnectedAsync += OnDisconnectedAsync;
        server.InterceptingClientEnqueueAsync += OnEnqueueAsync;
        server.ClientAcknowledgedPublishPacketAsync += OnAcknowledgedAsync;
    }

    /// <summary>While true (the broker is stopping for a restart), a disconnect hands nothing on.</summary>
    public bool Suspended { get; set; }

    /// <summary>How many messages went to another member because the member that held them disconnected.</summary>
    public long RedeliveredCount => Interlocked.Read(ref redelivered);

    private Task OnInboundPacketAsync(InterceptingPacketEventArgs e)
    {
        if (e.Packet is MqttSubscribePacket subscribe)
        {
            foreach (var topicFilter in subscribe.TopicFilters)
            {
                if (SharedTopicFilter.TryParse(topicFilter.Topic, out var shared))
                {
                    lock (gate)
                    {
                        if (!groups.TryGetValue(shared, out var group))
                        {
                            groups[shared] = group = new SharedGroup(shared);
                        }

                        group.Join(e.ClientId);
                    }

                    topicFilter.Topic = shared.Filter;
                }
            }
        }
        else if (e.Packet is MqttUnsubscribePacket unsubscribe)
        {
            for (var i = 0; i < unsubscribe.TopicFilters.Count; i++)
            {
                if (SharedTopicFilter.TryParse(unsubscribe.TopicFilters[i], out var shared))
                {
                    lock (gate)
                    {
                        if (groups.TryGetValue(shared, out var group))
                        {
                            group.Leave(e.ClientId);
                        }
                    }

                    unsubscribe.TopicFilters[i] = shared.Filter;
                }
            }
        }

        return Task.CompletedTask;
    }

    private async Task OnConnectedAsync(ClientConnectedEventArgs e)
    {
        List<MqttApplicationMessage> handOver = [];
        lock (gate)
        {
            connected.Add(e.ClientId);
            foreach (var (group, queue) in waiting)
            {
                if (group.Members.Contains(e.ClientId, StringComparer.Ordinal))
                {
                    while (queue.TryDequeue(out var message))
                    {
                        Hold(e.ClientId, message, group);
                        handOver.Add(message);
                    }
                }
            }
        }

        await DeliverAsync(e.ClientId, handOver).ConfigureAwait(false);
    }

    private async Task OnDisconnectedAsync(ClientDisconnectedEventArgs e)
    {
        if (e.DisconnectType == MqttClientDisconnectType.Takeover)
        {
            // The same client id is connected again on a newer connection: still a member, and its session holds its messages.
            return;
        }

        Dictionary<string, List<MqttApplicationMessage>> handOver = new(StringComparer.Ordinal);
        lock (gate)
        {
            connected.Remove(e.ClientId);
            if (Suspended || !inFlight.TryGetValue(e.ClientId, out var held))
            {
                return;
            }

            foreach (var delivery in held.TakeAll())
            {
                var next = delivery.Group.NextConnected(connected.Contains, except: e.ClientId);
                if (next is null)
                {
                    if (!waiting.TryGetValue(delivery.Group, out var queue))
                    {
                        waiting[delivery.Group] = queue = new Queue<MqttApplicationMessage>();
                    }

                    queue.Enqueue(delivery.Message);
                    continue;
                }

                Hold(next, delivery.Message, delivery.Group);
                if (!handOver.TryGetValue(next, out var list))
                {
                    handOver[next] = list = [];
                }

                list.Add(delivery.Message);
            }
        }

        foreach (var (clientId, messages) in handOver)
        {
            await DeliverAsync(clientId, messages).ConfigureAwait(false);
        }
    }

    private Task OnEnqueueAsync(InterceptingClientApplicationMessageEnqueueEventArgs e)
    {
        var message = e.ApplicationMessage;
        lock (gate)
        {
            var member = false;
            var accept = false;
            foreach (var group in groups.Values)
            {
                if (!group.Members.Contains(e.ReceiverClientId, StringComparer.Ordinal)
                    || MqttTopicFilterComparer.Compare(message.Topic, group.Filter.Filter) != MqttTopicFilterCompareResult.IsMatch)
                {
                    continue;
                }

                member = true;
                var choices = chosen.GetOrCreateValue(message);
                if (!choices.TryGetValue(group, out var receiver))
                {
                    // The first member the broker offers the message to decides for the whole group; a group with no member
                    // connected queues it in the session of the member whose turn it is, as the broker would for that session.
                    receiver = group.NextConnected(connected.Contains) ?? group.NextConnected(static _ => true)!;
                    choices[group] = receiver;
                    Hold(receiver, message, group);
                }

                accept |= string.Equals(receiver, e.ReceiverClientId, StringComparison.Ordinal)
                    && inFlight.TryGetValue(receiver, out var held) && held.Holds(message);
            }

            if (member)
            {
                e.AcceptEnqueue = accept;
            }
        }

        return Task.CompletedTask;
    }

    private Task OnAcknowledgedAsync(ClientAcknowledgedPublishPacketEventArgs e)
    {
        lock (gate)
        {
            if (inFlight.TryGetValue(e.ClientId, out var held) && held.Count > 0)
            {
                held.Acknowledge(SharedDelivery.KeyOf(e.PublishPacket.Topic, e.PublishPacket.Payload));
            }
        }

        return Task.CompletedTask;
    }

    private void Hold(string clientId, MqttApplicationMessage message, SharedGroup group)
    {
        if (!inFlight.TryGetValue(clientId, out var held))
        {
            inFlight[clientId] = held = new SharedInFlight();
        }

        held.Add(new SharedDelivery(message, group, SharedDelivery.KeyOf(message.Topic, message.Payload)));
    }

    private async Task DeliverAsync(string clientId, List<MqttApplicationMessage> messages)
    {
        if (messages.Count == 0)
        {
            return;
        }

        var sessions = await server.GetSessionsAsync().ConfigureAwait(false);
        var session = sessions.FirstOrDefault(s => string.Equals(s.Id, clientId, StringComparison.Ordinal));
        foreach (var message in messages)
        {
            if (session is not null && session.TryEnqueueApplicationMessage(message, out _))
            {
                Interlocked.Increment(ref redelivered);
            }
        }
    }
}
