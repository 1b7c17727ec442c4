namespace MemberCards.Sdk.Redis;

/// <summary>
/// The connection every Redis store of one service provider shares, and the one place that bounds a command in
/// time and turns every Redis failure into <see cref="MemberCardsCoordinationException"/>.
/// </summary>
internal sealed class RedisConnection : IAsyncDisposable, IDisposable
{
    private readonly Func<Task<IConnectionMultiplexer>> connect;
    private readonly bool owned;
    private readonly object gate = new();
    private Task<IConnectionMultiplexer>? connecting;

    private RedisConnection(Func<Task<IConnectionMultiplexer>> connect, bool owned, MemberCardsRedisOptions options)
    {
        this.connect = connect;
        this.owned = owned;
        Options = options;
        Keys = new RedisKeys(options.KeyPrefix);
    }

    public MemberCardsRedisOptions Options { get; }

    public RedisKeys Keys { get; }

    /// <summary>A connection the SDK opens (and closes) itself, from a StackExchange.Redis configuration string.</summary>
    public static RedisConnection FromConfiguration(string configuration, MemberCardsRedisOptions options)
    {
        var parsed = ConfigurationOptions.Parse(configuration);

        // Never block a start on a Redis that is down, never queue commands while disconnected: fail fast and let
        // the callers fall back (tokens) or answer "retry" (inbound messages); reconnect in the background.
        parsed.AbortOnConnectFail = false;
        parsed.BacklogPolicy = BacklogPolicy.FailFast;
        var timeout = (int)Math.Clamp(options.OperationTimeout.TotalMilliseconds, 1, int.MaxValue);
        parsed.AsyncTimeout = timeout;
        parsed.SyncTimeout = timeout;
        parsed.ConnectTimeout = (int)Math.Clamp(options.ConnectTimeout.TotalMilliseconds, 1, int.MaxValue);
        parsed.ReconnectRetryPolicy = new LinearRetry(500);
        return new RedisConnection(async () => await ConnectionMultiplexer.ConnectAsync(parsed).ConfigureAwait(false), owned: true, options);
    }

    /// <summary>A connection the host owns (the SDK never closes it).</summary>
    public static RedisConnection FromMultiplexer(IConnectionMultiplexer multiplexer, MemberCardsRedisOptions options)
        => new(() => Task.FromResult(multiplexer), owned: false, options);

    /// <summary>Runs one Redis command, bounded by <see cref="MemberCardsRedisOptions.OperationTimeout"/>.</summary>
    public async Task<T> RunAsync<T>(string operation, string key, Func<IDatabase, Task<T>> command, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var multiplexer = await MultiplexerAsync().WaitAsync(Options.OperationTimeout + Options.ConnectTimeout, cancellationToken).ConfigureAwait(false);
            return await command(multiplexer.GetDatabase()).WaitAsync(Options.OperationTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException or InvalidOperationException or System.Net.Sockets.SocketException or IOException)
        {
            throw new MemberCardsCoordinationException(RedisService.Name, operation, key, ex);
        }
    }

    public async ValueTask DisposeAsync()
    {
        var pending = connecting;
        if (owned && pending is { IsCompletedSuccessfully: true })
        {
            await pending.Result.DisposeAsync().ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        var pending = connecting;
        if (owned && pending is { IsCompletedSuccessfully: true })
        {
            pending.Result.Dispose();
        }
    }

    private Task<IConnectionMultiplexer> MultiplexerAsync()
    {
        var pending = connecting;
        if (pending is not null && !pending.IsFaulted && !pending.IsCanceled)
        {
            return pending;
        }

        lock (gate)
        {
            // A connect that failed (a bad configuration, a timeout) is tried again on the next command.
            if (connecting is null || connecting.IsFaulted || connecting.IsCanceled)
            {
                connecting = connect();
            }

            return connecting;
        }
    }
}
