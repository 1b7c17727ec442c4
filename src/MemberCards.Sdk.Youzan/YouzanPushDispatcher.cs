using System.Buffers;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Youzan;

/// <summary>The dispatcher of one named Youzan app.</summary>
internal sealed class YouzanPushDispatcher(
    string name,
    IOptionsMonitor<YouzanOptions> optionsMonitor,
    IServiceScopeFactory scopes,
    IMessageDeduplicationStore deduplication,
    ILogger<YouzanPushDispatcher> logger) : IYouzanPushDispatcher
{
    private Snapshot? current;

    public Task<YouzanDispatchResult> DispatchAsync(ReadOnlyMemory<byte> body, string? eventSign, CancellationToken cancellationToken = default)
    {
        var (options, verifier) = Current();
        YouzanPush push;
        try
        {
            push = verifier.ReadVerified(body.Span, eventSign, options.MaxBodyBytes);
        }
        catch (MemberCardsException ex) when (ex is MemberCardsSignatureException or MemberCardsFormatException)
        {
            YouzanLog.Rejected(logger, name, body.Length, ex.Message);
            throw;
        }

        return push.IsHealthCheck
            ? Task.FromResult(new YouzanDispatchResult { Outcome = YouzanDispatchOutcome.HealthCheck, Push = push })
            : HandleAsync(push, options, cancellationToken);
    }

    public async Task<YouzanDispatchResult> DispatchAsync(Stream body, string? eventSign, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        var limit = Current().Options.MaxBodyBytes;
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

    private async Task<YouzanDispatchResult> HandleAsync(YouzanPush push, YouzanOptions options, CancellationToken cancellationToken)
    {
        var key = DeduplicationKeyOf(push);
        var outcome = await InboundDeduplication.RunOnceAsync(deduplication, key, InboundDeduplication.DefaultProcessingTimeout, options.DeduplicationWindow, ct => RunHandlersAsync(push, ct), cancellationToken).ConfigureAwait(false);
        switch (outcome)
        {
            case InboundOutcome.Duplicate:
                YouzanLog.Duplicate(logger, name, push.Type, push.Id, push.MessageId, push.SendCount);
                return new YouzanDispatchResult { Outcome = YouzanDispatchOutcome.Duplicate, Push = push, DeduplicationKey = key };
            case InboundOutcome.InProgress:
                YouzanLog.Duplicate(logger, name, push.Type, push.Id, push.MessageId, push.SendCount);
                return new YouzanDispatchResult { Outcome = YouzanDispatchOutcome.InProgress, Push = push, DeduplicationKey = key };
            case InboundOutcome.Unhandled:
                YouzanLog.Unhandled(logger, name, push.Type, push.Status);
                return new YouzanDispatchResult { Outcome = YouzanDispatchOutcome.Unhandled, Push = push, DeduplicationKey = key };
            default:
                YouzanLog.Handled(logger, name, push.Type, push.Status, push.Id, push.MessageId, 1);
                return new YouzanDispatchResult { Outcome = YouzanDispatchOutcome.Handled, Push = push, DeduplicationKey = key };
        }
    }

    private async Task<int> RunHandlersAsync(YouzanPush push, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            try
            {
                return push.Type switch
                {
                    YouzanPushTypes.ScrmCard => await RunTypedAsync(scope.ServiceProvider, push, YouzanCardEvent.From, cancellationToken).ConfigureAwait(false),
                    YouzanPushTypes.ScrmCustomerCard => await RunTypedAsync(scope.ServiceProvider, push, YouzanCustomerCardEvent.From, cancellationToken).ConfigureAwait(false),
                    _ => await RunAsync(scope.ServiceProvider, push, cancellationToken).ConfigureAwait(false),
                };
            }
            catch (MemberCardsFormatException ex) when (ex.Service == YouzanPushParser.Service)
            {
                YouzanLog.Unreadable(logger, name, push.Type, push.Id, push.MessageId, ex.Message);
                throw;
            }
        }
    }

    private static async Task<int> RunTypedAsync<TEvent>(IServiceProvider services, YouzanPush push, Func<YouzanPush, TEvent> read, CancellationToken cancellationToken)
        where TEvent : class
    {
        var handlers = services.GetServices<IYouzanPushHandler<TEvent>>().ToArray();
        if (handlers.Length == 0)
        {
            return await RunAsync(services, push, cancellationToken).ConfigureAwait(false);
        }

        var message = read(push);
        foreach (var handler in handlers)
        {
            await handler.HandleAsync(message, cancellationToken).ConfigureAwait(false);
        }

        return handlers.Length;
    }

    private static async Task<int> RunAsync(IServiceProvider services, YouzanPush push, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var handler in services.GetServices<IYouzanPushHandler<YouzanPush>>())
        {
            await handler.HandleAsync(push, cancellationToken).ConfigureAwait(false);
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
