using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Iot;

/// <summary>The <see cref="IIotDispatcher"/> of one registration.</summary>
internal sealed class IotDispatcher(
    string name,
    IOptionsMonitor<IotOptions> optionsMonitor,
    InboundCore core,
    InboundHandlerOrder<IotMessageContext> order,
    ILogger<IotDispatcher> logger) : IIotDispatcher
{
    private const int MaxPlainIdLength = 128;

    private readonly IotIgnoredTenants ignoredTenants = new();

    public Task<IotMessage> ParseAsync(string topic, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default)
    {
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            _ = IotTopic.Parse(topic);
            return Task.FromResult(IotMessage.Parse(payload.Span, optionsMonitor.Get(name).MaxMessageBytes));
        }
        catch (Exception ex)
        {
            return Task.FromException<IotMessage>(ex);
        }
    }

    public async Task<IotDispatchResult> DispatchAsync(string topic, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var options = optionsMonitor.Get(name);
        var parsedTopic = IotTopic.Parse(topic);
        if (!IsAllowed(options, parsedTopic))
        {
            if (options.AllowedTenants.Count > 0 && !options.AllowedTenants.Contains(parsedTopic.Tenant) && ignoredTenants.FirstTime(parsedTopic.Tenant))
            {
                IotLog.TenantNotAllowed(logger, parsedTopic.Tenant, parsedTopic.Project, MemberCardsSettingName.Of(IotConstants.ServiceName, name, nameof(IotOptions.AllowedTenants)));
            }
            else
            {
                IotLog.Ignored(logger, parsedTopic.Tenant, parsedTopic.Project);
            }

            return new IotDispatchResult(InboundOutcome.Ignored, name, deduplicationKey: null, parsedTopic, message: null, unhandledEvents: []);
        }

        var message = IotMessage.Parse(payload.Span, options.MaxMessageBytes);
        var key = message.MessageId is null ? null : DeduplicationKey(parsedTopic, message.MessageId);
        if (key is null)
        {
            IotLog.NoMessageId(logger, parsedTopic.Tenant, parsedTopic.Project);
        }

        var delivery = new InboundDelivery(IotConstants.ServiceName, name, message.MessageId, key, options.ProcessingTimeout, options.DeduplicationWindow);
        var run = await core.RunAsync(
            delivery,
            order,
            message.Events.All,
            services => new IotMessageContext(name, parsedTopic, message, payload, services),
            cancellationToken).ConfigureAwait(false);
        IReadOnlyList<IotEvent> unhandled = run.Outcome == InboundOutcome.Handled || run.Outcome == InboundOutcome.Unhandled ? [.. run.Unhandled.Cast<IotEvent>()] : [];
        return new IotDispatchResult(run.Outcome, name, run.DeduplicationKey, parsedTopic, message, unhandled) { HandlerCalls = run.HandlerCalls };
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
