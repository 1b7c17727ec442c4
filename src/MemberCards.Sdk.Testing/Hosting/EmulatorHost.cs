using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MemberCards.Sdk.Testing;

/// <summary>
/// A real HTTP server on Kestrel, bound to 127.0.0.1 on an ephemeral port, that records the requests it receives
/// (the last <see cref="MaxRecordedRequests"/> of them, so a long-running emulator stays bounded) and injects scripted
/// faults before the routes see it. Every service emulator runs on one.
/// </summary>
public sealed class EmulatorHost : IAsyncDisposable
{
    private readonly WebApplication app;
    /// <summary>The default of <see cref="MaxRecordedRequests"/>.</summary>
    public const int DefaultMaxRecordedRequests = 10_000;

    private readonly Lock gate = new();
    private readonly Queue<RecordedRequest> requests = new();
    private int maxRecordedRequests = DefaultMaxRecordedRequests;

    private EmulatorHost(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>The server's address, such as <c>http://127.0.0.1:49152/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The faults to inject into the next requests.</summary>
    public FaultScript Faults { get; } = new();

    /// <summary>
    /// The requests received so far, in arrival order: the last <see cref="MaxRecordedRequests"/> of them (the oldest
    /// are dropped first).
    /// </summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    /// <summary>
    /// How many requests <see cref="Requests"/> keeps, at least 1 (default <see cref="DefaultMaxRecordedRequests"/>).
    /// When one more arrives, the oldest is dropped; lowering the cap drops the oldest at once.
    /// <see cref="RequestRecorded"/> is raised for every request whatever the cap.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxRecordedRequests
    {
        get => Volatile.Read(ref maxRecordedRequests);
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            lock (gate)
            {
                maxRecordedRequests = value;
                Trim();
            }
        }
    }

    /// <summary>The emulator's own services.</summary>
    public IServiceProvider Services => app.Services;

    /// <summary>Forgets the recorded requests.</summary>
    public void ClearRequests()
    {
        lock (gate)
        {
            requests.Clear();
        }
    }

    /// <summary>Raised for every request as it arrives (before it is answered), for a live request log.</summary>
    public event Action<RecordedRequest>? RequestRecorded;

    /// <summary>Starts a server with the given routes.</summary>
    /// <param name="mapRoutes">Maps the routes (use <see cref="RequestDelegate"/> handlers: they are trim-safe).</param>
    /// <param name="configureServices">Adds services the routes need, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server.</returns>
    public static async Task<EmulatorHost> StartAsync(Action<IEndpointRouteBuilder> mapRoutes, Action<IServiceCollection>? configureServices = null, CancellationToken cancellationToken = default)
        => await StartAsync(mapRoutes, configureServices, port: 0, cancellationToken).ConfigureAwait(false);

    /// <summary>Starts a server with the given routes on a given loopback port (0 picks a free one).</summary>
    /// <param name="mapRoutes">Maps the routes.</param>
    /// <param name="configureServices">Adds services the routes need, or <see langword="null"/>.</param>
    /// <param name="port">The port on 127.0.0.1; 0 for an ephemeral port.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server.</returns>
    public static async Task<EmulatorHost> StartAsync(Action<IEndpointRouteBuilder> mapRoutes, Action<IServiceCollection>? configureServices, int port, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mapRoutes);
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, port);
            options.Limits.MaxRequestBodySize = 32 * 1024 * 1024;
        });
        configureServices?.Invoke(builder.Services);
        var app = builder.Build();
        EmulatorHost? host = null;
        app.Use(async (context, next) =>
        {
            var recorded = await RecordAsync(context.Request).ConfigureAwait(false);
            host!.Record(recorded);
            host.RequestRecorded?.Invoke(recorded);
            var fault = host.Faults.Take(context.Request.Path.Value ?? string.Empty);
            await FaultInjector.RunAsync(context, fault, next).ConfigureAwait(false);
        });
        mapRoutes(app);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        host = new EmulatorHost(app, new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/"));
        return host;
    }

    /// <summary>Stops the server.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await app.StopAsync(timeout.Token).ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }

    private void Record(RecordedRequest recorded)
    {
        lock (gate)
        {
            requests.Enqueue(recorded);
            Trim();
        }
    }

    private void Trim()
    {
        while (requests.Count > maxRecordedRequests)
        {
            requests.Dequeue();
        }
    }

    private static async Task<RecordedRequest> RecordAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer).ConfigureAwait(false);
        request.Body.Position = 0;
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);

        // The request target exactly as sent (Kestrel decodes Path, so %2A would come back as *).
        var target = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget;
        string path, query;
        if (!string.IsNullOrEmpty(target) && target[0] == '/')
        {
            var mark = target.IndexOf('?', StringComparison.Ordinal);
            path = mark < 0 ? target : target[..mark];
            query = mark < 0 ? string.Empty : target[mark..];
        }
        else
        {
            path = request.Path.ToUriComponent();
            query = request.QueryString.ToUriComponent();
        }

        return new RecordedRequest
        {
            Method = request.Method,
            Path = path,
            Query = query,
            Headers = headers,
            Body = buffer.ToArray(),
        };
    }
}
