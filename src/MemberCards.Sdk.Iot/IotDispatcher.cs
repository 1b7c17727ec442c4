using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Iot;

/// <summary>The <see cref="IIotDispatcher"/> of one registration.</summary>
internal sealed class IotDispatcher(
    string name,
    IOptionsMonitor<IotOptions> optionsMonitor,
    IServiceScopeFactory scopeFactory,
    IMessageDeduplicationStore deduplication,
    ILogger<IotDispatcher> logger) : IIotDispatcher
{
    private const int MaxPlainIdLength = 128;

    public async Task<IotDispatchResult> DispatchAsync(string topic, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var options = optionsMonitor.Get(name);
        var parsedTopic = IotTopic.Parse(topic);
        if (!IsAllowed(options, parsedTopic))
        {
            IotLog.Ignored(logger, parsedTopic.Tenant, parsedTopic.Project);
            return new IotDispatchResult(InboundOutcome.Ignored, name, deduplicationKey: null, parsedTopic, message: null, handlerCalls: 0, unhandledEvents: []);
        }

        var message = IotMessage.Parse(payload.Span, options.MaxMessageBytes);
        using var activity = MemberCardsTelemetry.ActivitySource.StartActivity("Iot.Dispatch", ActivityKind.Consumer);
        activity?.SetTag("service", IotConstants.Service);
        activity?.SetTag("messaging.destination.name", parsedTopic.ToString());
        activity?.SetTag("messaging.message.id", message.MessageId);

        var key = message.MessageId is null ? null : InboundDeduplication.ScopeKey(DeduplicationKey(parsedTopic, message.MessageId), name);
        if (key is null)
        {
            IotLog.NoMessageId(logger, parsedTopic.Tenant, parsedTopic.Project);
        }

        var calls = 0;
        IReadOnlyList<IotEvent> unhandled = [];
        var outcome = await InboundDeduplication.RunOnceAsync(deduplication, key, options.ProcessingTimeout, options.DeduplicationWindow, async ct =>
        {
            (calls, unhandled) = await RunHandlersAsync(parsedTopic, message, payload, ct).ConfigureAwait(false);
            return calls;
        }, cancellationToken).ConfigureAwait(false);
        if (outcome is InboundOutcome.Duplicate or InboundOutcome.InProgress)
        {
            IotLog.Duplicate(logger, message.MessageId!, parsedTopic.Tenant, parsedTopic.Project);
            return new IotDispatchResult(outcome, name, key, parsedTopic, message, handlerCalls: 0, unhandledEvents: []);
        }

        IotLog.Processed(logger, message.MessageId, parsedTopic.Tenant, parsedTopic.Project, message.Events.ToString(), calls);
        return new IotDispatchResult(outcome, name, key, parsedTopic, message, calls, unhandled);
    }

    private async Task<(int Calls, IReadOnlyList<IotEvent> Unhandled)> RunHandlersAsync(IotTopic topic, IotMessage message, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        var scope = scopeFactory.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = new IotMessageContext(name, topic, message, payload, scope.ServiceProvider);
            var invoker = new IotHandlerInvoker(scope.ServiceProvider, context, cancellationToken);
            var calls = 0;
            List<IotEvent>? unhandled = null;
            foreach (var item in message.Events.All)
            {
                int made;
                try
                {
                    made = await item.AcceptAsync(invoker).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    IotLog.HandlerFailed(logger, ex, item.Key, message.MessageId, topic.Tenant, topic.Project);
                    throw;
                }

                if (made == 0)
                {
                    (unhandled ??= []).Add(item);
                    IotLog.Unhandled(logger, item.Key, message.MessageId);
                }

                calls += made;
            }

            return (calls, unhandled is null ? [] : unhandled);
        }
    }

    /// <summary>
    /// <c>iot:{tenant}/{project}:{msgId}</c>; a msgId longer than <see cref="MaxPlainIdLength"/> characters (the
    /// platform sends short numbers) is replaced by its SHA-256, so a hostile payload cannot create huge cache keys.
    /// </summary>
    internal static string DeduplicationKey(IotTopic topic, string messageId)
    {
        var id = messageId.Length <= MaxPlainIdLength
            ? messageId
            : "sha256-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(messageId)));
        return $"{IotConstants.DeduplicationKeyPrefix}{topic.Tenant}/{topic.Project}:{id}";
    }

    private static bool IsAllowed(IotOptions options, IotTopic topic)
        => (options.AllowedTenants.Count == 0 || options.AllowedTenants.Contains(topic.Tenant))
            && (options.AllowedProjects.Count == 0 || options.AllowedProjects.Contains(topic.Project));
}
