using System.Buffers;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Youzan;

/// <summary>The dispatcher of one registered Youzan app.</summary>
internal sealed class YouzanDispatcher(
    string name,
    IOptionsMonitor<YouzanOptions> optionsMonitor,
    IServiceScopeFactory scopes,
    IMessageDeduplicationStore deduplication,
    ILogger<YouzanDispatcher> logger) : IYouzanDispatcher
{
    /// <summary>How the app is named in logs: <c>MemberCards:Youzan</c> for the default app, <c>MemberCards:Youzan(brandA)</c> otherwise.</summary>
    private readonly string app = MemberCardsSettingName.Of(YouzanConstants.Service, name);
    private Snapshot? current;

    public async Task<YouzanDispatchResult> DispatchAsync(ReadOnlyMemory<byte> body, string? eventSign, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var (options, verifier) = Current();
        YouzanPush push;
        try
        {
            push = verifier.ReadVerified(body.Span, eventSign, options.MaxMessageBytes);
        }
        catch (MemberCardsException ex) when (ex is MemberCardsSignatureException or MemberCardsFormatException)
        {
            YouzanLog.Rejected(logger, app, body.Length, ex.Message);
            throw;
        }

        if (push.IsHealthCheck)
        {
            return new YouzanDispatchResult(InboundOutcome.HealthCheck, name, push, deduplicationKey: null, handlers: 0);
        }

        var key = InboundDeduplication.ScopeKey(DeduplicationKeyOf(push), name);
        var handlers = 0;
        var outcome = await InboundDeduplication.RunOnceAsync(
            deduplication,
            key,
            options.ProcessingTimeout,
            options.DeduplicationWindow,
            async ct => handlers = await RunHandlersAsync(push, body, ct).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
        switch (outcome)
        {
            case InboundOutcome.Duplicate:
                YouzanLog.Duplicate(logger, app, push.Type, push.Id, push.MessageId, push.SendCount);
                break;
            case InboundOutcome.InProgress:
                YouzanLog.InProgress(logger, app, push.Type, push.Id, push.MessageId, push.SendCount);
                break;
            case InboundOutcome.Unhandled:
                YouzanLog.Unhandled(logger, app, push.Type, push.Status);
                break;
            default:
                YouzanLog.Handled(logger, app, push.Type, push.Status, push.Id, push.MessageId, handlers);
                break;
        }

        return new YouzanDispatchResult(outcome, name, push, key, outcome == InboundOutcome.Handled ? handlers : 0);
    }

    public async Task<YouzanDispatchResult> DispatchAsync(Stream body, string? eventSign, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        var limit = Current().Options.MaxMessageBytes;
        if (body.CanSeek)
        {
            YouzanPushParser.CheckSize(body.Length - body.Position, limit);
        }

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                YouzanPushParser.CheckSize(buffer.Length + read, limit);
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return await DispatchAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), eventSign, cancellationToken).ConfigureAwait(false);
    }

    internal static string? DeduplicationKeyOf(YouzanPush push)
    {
        if (!string.IsNullOrEmpty(push.MessageId))
        {
            return "youzan:msg:" + push.MessageId;
        }

        return push.Version is { } version
            ? string.Create(CultureInfo.InvariantCulture, $"youzan:{push.Type}|{push.KdtId}|{push.Id}|{push.Status}|{version}")
            : null;
    }

    /// <summary>Runs the handlers of the concrete event, then of the family, then of every push; returns how many ran.</summary>
    private async Task<int> RunHandlersAsync(YouzanPush push, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var services = scope.ServiceProvider;
            var context = new YouzanMessageContext(name, push, body, services);
            try
            {
                var count = push.Type switch
                {
                    YouzanConstants.ScrmCardType => await RunTypedAsync(services, push, YouzanCardEvent.From, context, cancellationToken).ConfigureAwait(false),
                    YouzanConstants.ScrmCustomerCardType => await RunTypedAsync(services, push, YouzanCustomerCardEvent.From, context, cancellationToken).ConfigureAwait(false),
                    _ => 0,
                };
                return count + await RunAsync(services, push, context, cancellationToken).ConfigureAwait(false);
            }
            catch (MemberCardsFormatException ex) when (ex.Service == YouzanConstants.Service)
            {
                YouzanLog.Unreadable(logger, app, push.Type, push.Id, push.MessageId, ex.Message);
                throw;
            }
        }
    }

    private static async Task<int> RunTypedAsync<TEvent>(IServiceProvider services, YouzanPush push, Func<YouzanPush, TEvent> read, YouzanMessageContext context, CancellationToken cancellationToken)
        where TEvent : YouzanEvent
    {
        var concrete = services.GetServices<IYouzanMessageHandler<TEvent>>().ToArray();
        var family = services.GetServices<IYouzanMessageHandler<YouzanEvent>>().ToArray();
        if (concrete.Length == 0 && family.Length == 0)
        {
            return 0;
        }

        var message = read(push);
        foreach (var handler in concrete)
        {
            await handler.HandleAsync(message, context, cancellationToken).ConfigureAwait(false);
        }

        foreach (var handler in family)
        {
            await handler.HandleAsync(message, context, cancellationToken).ConfigureAwait(false);
        }

        return concrete.Length + family.Length;
    }

    private static async Task<int> RunAsync(IServiceProvider services, YouzanPush push, YouzanMessageContext context, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var handler in services.GetServices<IYouzanMessageHandler<YouzanPush>>())
        {
            await handler.HandleAsync(push, context, cancellationToken).ConfigureAwait(false);
            count++;
        }

        return count;
    }

    private Snapshot Current()
    {
        var options = optionsMonitor.Get(name);
        var cached = Volatile.Read(ref current);
        if (cached is not null && ReferenceEquals(cached.Options, options))
        {
            return cached;
        }

        // Options reloaded (a rotated secret, for example): build the verifier again.
        var fresh = new Snapshot(options, new YouzanPushVerifier(options.ClientId, options.AcceptedSecrets()));
        Volatile.Write(ref current, fresh);
        return fresh;
    }

    /// <summary>Options and the verifier built from them, swapped as one reference.</summary>
    private sealed record Snapshot(YouzanOptions Options, YouzanPushVerifier Verifier);
}
