using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Youzan;

/// <summary>The dispatcher of one registered Youzan app.</summary>
internal sealed class YouzanDispatcher(
    string name,
    IOptionsMonitor<YouzanOptions> optionsMonitor,
    InboundCore core,
    InboundHandlerOrder<YouzanMessageContext> order,
    ILogger<YouzanDispatcher> logger) : IYouzanDispatcher
{
    /// <summary>How the app is named in logs: <c>MemberCards:Youzan</c> for the default app, <c>MemberCards:Youzan(brandA)</c> otherwise.</summary>
    private readonly string app = MemberCardsSettingName.Of(YouzanConstants.ServiceName, name);
    private Snapshot? current;

    public Task<YouzanPush> ParseAsync(ReadOnlyMemory<byte> body, string? eventSign, CancellationToken cancellationToken = default)
    {
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Task.FromResult(Read(body, eventSign, Current()).Push);
        }
        catch (Exception ex)
        {
            return Task.FromException<YouzanPush>(ex);
        }
    }

    public async Task<YouzanDispatchResult> DispatchAsync(ReadOnlyMemory<byte> body, string? eventSign, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var snapshot = Current();
        var options = snapshot.Options;
        var (push, items) = Read(body, eventSign, snapshot);
        if (push.IsHealthCheck)
        {
            return new YouzanDispatchResult(InboundOutcome.HealthCheck, name, push, deduplicationKey: null, handlerCalls: 0);
        }

        var delivery = new InboundDelivery(YouzanConstants.ServiceName, name, push.MessageId ?? push.Id, DeduplicationKeyOf(push, options.ClientId), options.ProcessingTimeout, options.DeduplicationWindow);
        var run = await core.RunAsync(delivery, order, items, services => new YouzanMessageContext(name, push, body, services), cancellationToken).ConfigureAwait(false);
        return new YouzanDispatchResult(run.Outcome, name, push, run.DeduplicationKey, run.HandlerCalls);
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

    /// <summary>Verifies and reads a push: the envelope, and the typed event the handlers get (the items, most specific first).</summary>
    private (YouzanPush Push, object[] Items) Read(ReadOnlyMemory<byte> body, string? eventSign, Snapshot snapshot)
    {
        YouzanPush push;
        try
        {
            push = snapshot.Verifier.ReadVerified(body.Span, eventSign, snapshot.Options.MaxMessageBytes);
        }
        catch (MemberCardsException ex) when (ex is MemberCardsSignatureException or MemberCardsFormatException)
        {
            YouzanLog.Rejected(logger, app, body.Length, ex.Message);
            throw;
        }

        if (push.IsHealthCheck)
        {
            return (push, []);
        }

        try
        {
            object[] items = push.Type switch
            {
                YouzanConstants.ScrmCardType => [YouzanCardEvent.From(push), push],
                YouzanConstants.ScrmCustomerCardType => [YouzanCustomerCardEvent.From(push), push],
                _ => [push],
            };
            return (push, items);
        }
        catch (MemberCardsFormatException ex) when (ex.Service == YouzanConstants.ServiceName)
        {
            YouzanLog.Unreadable(logger, app, push.Type, push.Id, push.MessageId, ex.Message);
            throw;
        }
    }

    /// <summary>
    /// The key a verified push is claimed under. With a valid <c>Event-Sign</c> the whole body is Youzan's: <c>msg_id</c>,
    /// else <c>type|kdt_id|id|status|version</c>, else the signed <c>msg</c>. With the body <c>sign</c> alone only
    /// <c>msg</c> is signed, so the key is the client id and a SHA-256 of <c>msg</c> as received: no field outside
    /// <c>msg</c> (msg_id, version, status, type, kdt_id, id, the sign's hex case), which anyone who saw the push can
    /// change without breaking the signature, gives the same signed message a fresh key.
    /// </summary>
    /// <param name="push">The verified push.</param>
    /// <param name="clientId">The configured client id, which the body sign covers.</param>
    /// <returns>The key, or <see langword="null"/> for a header-signed push with no msg_id, no version and no msg.</returns>
    internal static string? DeduplicationKeyOf(YouzanPush push, string clientId)
    {
        if (!push.IsEnvelopeSigned)
        {
            return push.RawMessage is null ? null : SignedMessageKey(clientId, push.RawMessage);
        }

        if (!string.IsNullOrEmpty(push.MessageId))
        {
            return "youzan:msg:" + push.MessageId;
        }

        if (push.Version is { } version)
        {
            return string.Create(CultureInfo.InvariantCulture, $"youzan:{push.Type}|{push.KdtId}|{push.Id}|{push.Status}|{version}");
        }

        return push.RawMessage is null ? null : SignedMessageKey(clientId, push.RawMessage);
    }

    // msg as received is what the body sign covers (after JSON unescaping, so re-escaping the JSON string changes nothing).
    private static string SignedMessageKey(string clientId, string rawMessage)
        => "youzan:" + clientId + "|msg-sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(rawMessage)));

    private Snapshot Current()
    {
        var options = optionsMonitor.Get(name);
        var cached = Volatile.Read(ref current);
        if (cached is not null && ReferenceEquals(cached.Options, options))
        {
            return cached;
        }

        // Options reloaded (a rotated secret, for example): build the verifier again.
        var fresh = new Snapshot(options, new YouzanPushVerifier(options.ClientId, options.AcceptedSecrets()) { RequireEventSign = options.RequireEventSign });
        Volatile.Write(ref current, fresh);
        return fresh;
    }

    /// <summary>Options and the verifier built from them, swapped as one reference.</summary>
    private sealed record Snapshot(YouzanOptions Options, YouzanPushVerifier Verifier);
}
