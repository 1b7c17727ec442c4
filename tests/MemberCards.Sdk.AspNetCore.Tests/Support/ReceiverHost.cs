using MemberCards.Sdk.TestHosts;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MemberCards.Sdk.AspNetCore.Tests.Support;

/// <summary>The shared <see cref="LoopbackHost"/> with the handlers' record (<see cref="HandledMessages"/>) and the captured logs.</summary>
internal sealed class ReceiverHost : IAsyncDisposable
{
    private readonly LoopbackHost host;

    private ReceiverHost(LoopbackHost host) => this.host = host;

    public Uri BaseAddress => host.BaseAddress;

    public IServiceProvider Services => host.Services;

    public HandledMessages Handled => Services.GetRequiredService<HandledMessages>();

    public CapturedLogs Logs => Services.GetRequiredService<CapturedLogs>();

    public Uri Url(string path) => host.Url(path);

    public static async Task<ReceiverHost> StartAsync(Action<IMemberCardsBuilder> configure, Action<WebApplication> map)
        => new(await LoopbackHost.StartAsync(configure, map, builder =>
        {
            var logs = new CapturedLogs();
            builder.Logging.AddProvider(logs);
            builder.Logging.AddFilter<CapturedLogs>(null, LogLevel.Debug);
            builder.Services.AddSingleton(logs);
            builder.Services.AddSingleton<HandledMessages>();
        }));

    public ValueTask DisposeAsync() => host.DisposeAsync();
}
