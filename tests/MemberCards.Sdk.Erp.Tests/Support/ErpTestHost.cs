using MemberCards.Sdk.Testing.Erp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MemberCards.Sdk.Erp.Tests.Support;

/// <summary>An ERP emulator plus a service provider wired to it through <c>AddMemberCards().AddErpPoints()</c>.</summary>
internal sealed class ErpTestHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 22, 6, 0, 0, TimeSpan.Zero);

    private ErpTestHost(ErpEmulator emulator, ServiceProvider services, FakeTimeProvider clock)
    {
        Emulator = emulator;
        Services = services;
        Clock = clock;
    }

    public ErpEmulator Emulator { get; }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock { get; }

    public IErpPointsClient Client => Services.GetRequiredService<IErpPointsClient>();

    public static async Task<ErpTestHost> StartAsync(
        ErpEmulatorOptions? emulatorOptions = null,
        Action<ErpPointsOptions>? configure = null,
        Action<IHttpClientBuilder>? configureHttpClient = null,
        Action<IServiceCollection>? services = null)
    {
        var clock = new FakeTimeProvider(Start);
        var emulator = await ErpEmulator.StartAsync(emulatorOptions ?? new ErpEmulatorOptions { TimeProvider = clock });
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(clock);
        services?.Invoke(collection);
        collection.AddMemberCards().AddErpPoints()
            .Configure(o =>
            {
                o.BaseAddress = emulator.BaseAddress;
                o.Timeout = TimeSpan.FromSeconds(5);
                configure?.Invoke(o);
            })
            .ConfigureHttpClient(configureHttpClient ?? (_ => { }));
        return new ErpTestHost(emulator, collection.BuildServiceProvider(validateScopes: true), clock);
    }

    public static MemberPointsChangeRequest Change(string mobile = "13800001111", int points = 10) => new()
    {
        Mobile = mobile,
        PointsChanges = points,
        PointsDescription = "购物送积分",
        PointsRemaining = 100,
        PointsUsed = 10,
        Remark = "购物送积分，订单号：1002241547865330578",
        StoreNumber = "1001",
    };

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}
