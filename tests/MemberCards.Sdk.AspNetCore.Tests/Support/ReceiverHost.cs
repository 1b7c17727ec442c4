using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MemberCards.Sdk.AspNetCore.Tests.Support;

/// <summary>A merchant's host on real Kestrel (127.0.0.1, ephemeral port) with the endpoints under test.</summary>
internal sealed class ReceiverHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private ReceiverHost(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => app.Services;

    public HandledMessages Handled => app.Services.GetRequiredService<HandledMessages>();

    public CapturedLogs Logs => app.Services.GetRequiredService<CapturedLogs>();

    public Uri Url(string path) => new(BaseAddress, path.TrimStart('/'));

    public static async Task<ReceiverHost> StartAsync(Action<IMemberCardsBuilder> configure, Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (Environment.GetEnvironmentVariable("MC_TEST_LOG") == "1")
        {
            builder.Logging.AddConsole();
        }
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var logs = new CapturedLogs();
        builder.Logging.AddProvider(logs);
        builder.Logging.AddFilter<CapturedLogs>(null, LogLevel.Debug);
        builder.Services.AddSingleton(logs);
        builder.Services.AddSingleton<HandledMessages>();
        configure(builder.Services.AddMemberCards());
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ReceiverHost(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
