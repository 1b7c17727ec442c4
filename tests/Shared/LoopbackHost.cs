using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MemberCards.Sdk.TestHosts;

/// <summary>
/// A merchant's host on real Kestrel (127.0.0.1, an ephemeral port) with the SDK registered and the endpoints under
/// test mapped: written once and linked into every test project that receives pushes over HTTP.
/// </summary>
internal sealed class LoopbackHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private LoopbackHost(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>The host's address, ending in a slash.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The host's services.</summary>
    public IServiceProvider Services => app.Services;

    /// <summary>An absolute URL on the host.</summary>
    /// <param name="path">The path (with or without a leading slash).</param>
    /// <returns>The URL.</returns>
    public Uri Url(string path) => new(BaseAddress, path.TrimStart('/'));

    /// <summary>Starts a host.</summary>
    /// <param name="configure">Registers the SDK's services (and the test's own).</param>
    /// <param name="map">Maps the endpoints under test.</param>
    /// <param name="services">Adds further services or logging before the SDK is registered.</param>
    /// <returns>The started host.</returns>
    public static async Task<LoopbackHost> StartAsync(Action<IMemberCardsBuilder> configure, Action<WebApplication> map, Action<WebApplicationBuilder>? services = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (Environment.GetEnvironmentVariable("MC_TEST_LOG") == "1")
        {
            builder.Logging.AddConsole();
        }

        builder.WebHost.UseKestrel(o =>
        {
            o.Listen(IPAddress.Loopback, 0);
            o.Limits.MaxConcurrentConnections = null;
        });
        services?.Invoke(builder);
        configure(builder.Services.AddMemberCards());
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoopbackHost(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
