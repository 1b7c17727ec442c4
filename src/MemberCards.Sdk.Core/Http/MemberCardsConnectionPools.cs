namespace MemberCards.Sdk;

/// <summary>
/// One <see cref="SocketsHttpHandler"/> per service, shared by the handler chains of every registration of that
/// service that did not set a primary handler of its own: a <see cref="SocketsHttpHandler"/> keeps one connection
/// pool per scheme, host and port, so merchants that call the same base address share connections, and the number
/// of sockets follows the concurrency of the calls, not the number of merchants (issue 23). Everything above the
/// primary handler (signing, verification, options, retries, telemetry tags) stays per registration. Owned by the
/// service provider: the pools close when it is disposed.
/// </summary>
internal sealed class MemberCardsConnectionPools : IDisposable
{
    /// <summary>
    /// How long one connection is used before it is replaced, so DNS changes are seen as they were when every
    /// merchant's handler was renewed after the factory's default handler lifetime.
    /// </summary>
    internal static readonly TimeSpan ConnectionLifetime = TimeSpan.FromMinutes(2);

    private readonly ConcurrentDictionary<string, SocketsHttpHandler> handlers = new(StringComparer.Ordinal);
    private bool disposed;

    /// <summary>A primary handler for one handler chain of <paramref name="service"/>, over the service's shared pool.</summary>
    /// <param name="service">The service name.</param>
    /// <returns>A handler that sends through the shared pool and does not close it when disposed.</returns>
    public HttpMessageHandler PrimaryHandlerFor(string service)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return new MemberCardsSharedPrimaryHandler(handlers.GetOrAdd(service, static _ => new SocketsHttpHandler
        {
            // Merchants share the handler: a cookie of one must never be sent for another.
            UseCookies = false,
            PooledConnectionLifetime = ConnectionLifetime,
        }));
    }

    /// <summary>Closes every pool.</summary>
    public void Dispose()
    {
        disposed = true;
        foreach (var handler in handlers.Values)
        {
            handler.Dispose();
        }

        handlers.Clear();
    }
}
