using MemberCards.Sdk.Erp.Tests.Support;
using MemberCards.Sdk.TestHosts;
using MemberCards.Sdk.Testing.Erp;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.Erp.Tests.Integration;

/// <summary>
/// Named ERP registrations that call the same host share one connection pool (issue 23): the connections the ERP
/// sees follow the calls in flight, not the number of registrations; a registration with its own primary handler keeps it.
/// </summary>
public sealed class ConnectionPoolTests
{
    private const int Registrations = 100;
    private const int Concurrency = 4;

    [Theory]
    [InlineData(false, Concurrency)]
    [InlineData(true, Registrations)]
    public async Task A_hundred_named_erps_one_call_each_open_no_more_connections_than_the_calls_in_flight(bool ownPrimaryHandlers, int most)
    {
        await using var emulator = await ErpEmulator.StartAsync();
        emulator.AddMember(new ErpEmulatorMember { Mobile = "13800001111", Name = "周xx", StoreNumber = "1001", Points = 90 });
        await using var proxy = ConnectionCountingProxy.Start(emulator.BaseAddress);
        var services = new ServiceCollection();
        var builder = services.AddMemberCards();
        var names = Enumerable.Range(0, Registrations).Select(i => $"erp{i:D3}").ToArray();
        foreach (var name in names)
        {
            var erp = builder.AddErpPoints(name).Configure(o =>
            {
                o.BaseAddress = proxy.BaseAddress;
                o.Timeout = TimeSpan.FromSeconds(10);
            });
            if (ownPrimaryHandlers)
            {
                // The control: a handler per registration, as every registration had before the shared pool.
                erp.ConfigureHttpClient(http => http.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler()));
            }
        }

        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IErpPointsClientFactory>();

        await Parallel.ForEachAsync(names, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (name, cancellationToken) =>
            await factory.Create(name).ChangeMemberPointsAsync(ErpTestHost.Change(points: 1), cancellationToken));

        Assert.Equal(Registrations, emulator.Requests.Count);
        Assert.Equal(90 + Registrations, emulator.FindMember("13800001111")!.Points);
        Assert.InRange(proxy.Accepted, 1, most);
        if (ownPrimaryHandlers)
        {
            Assert.Equal(Registrations, proxy.Accepted);
        }
    }
}
