using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.Testing.Tests.Integration;

public sealed class EmulatorHostLifetimeTests
{
    [Fact]
    public async Task A_host_starts_and_stops_in_well_under_a_second()
    {
        // Warm the code paths once so the measurement is of a start, not of JIT.
        await (await EmulatorHost.StartAsync(EchoRoutes.Map)).DisposeAsync();
        var watch = Stopwatch.StartNew();
        var host = await EmulatorHost.StartAsync(EchoRoutes.Map);
        var started = watch.Elapsed;
        using (var client = new HttpClient { BaseAddress = host.BaseAddress })
        {
            Assert.Equal(EchoRoutes.Json, await client.GetStringAsync(new Uri("ok", UriKind.Relative)));
        }

        watch.Restart();
        await host.DisposeAsync();
        var stopped = watch.Elapsed;

        // Generous bounds: the point is "milliseconds, not seconds" on a busy two-core machine.
        Assert.True(started < TimeSpan.FromSeconds(3), $"start took {started.TotalMilliseconds} ms");
        Assert.True(stopped < TimeSpan.FromSeconds(3), $"stop took {stopped.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Two_hosts_run_side_by_side_on_different_ports_with_separate_records_and_faults()
    {
        await using var first = await EmulatorHost.StartAsync(EchoRoutes.Map);
        await using var second = await EmulatorHost.StartAsync(app => app.MapGet("/ok", (RequestDelegate)(ctx => ctx.Response.WriteAsync("second"))));
        Assert.NotEqual(first.BaseAddress.Port, second.BaseAddress.Port);
        second.Faults.Next(Fault.Status(500));
        using var client = new HttpClient();
        Assert.Equal(EchoRoutes.Json, await client.GetStringAsync(new Uri(first.BaseAddress, "ok")));
        using (var failed = await client.GetAsync(new Uri(second.BaseAddress, "ok")))
        {
            Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        }

        Assert.Equal("second", await client.GetStringAsync(new Uri(second.BaseAddress, "ok")));
        Assert.Single(first.Requests);
        Assert.Equal(2, second.Requests.Count);
    }

    [Fact]
    public async Task A_stopped_host_refuses_connections()
    {
        var host = await EmulatorHost.StartAsync(EchoRoutes.Map);
        var address = host.BaseAddress;
        await host.DisposeAsync();
        using var client = new HttpClient();
        var ex = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri(address, "ok")));
        Assert.IsType<SocketException>(ex.InnerException);
    }

    [Fact]
    public async Task A_host_can_listen_on_a_chosen_port()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
        }

        await using var host = await EmulatorHost.StartAsync(EchoRoutes.Map, configureServices: null, port);
        Assert.Equal(new Uri($"http://127.0.0.1:{port}/"), host.BaseAddress);
    }

    [Fact]
    public async Task Services_given_to_the_host_are_available_to_routes_and_tests()
    {
        var counter = new Counter();
        await using var host = await EmulatorHost.StartAsync(
            app => app.MapGet("/count", (RequestDelegate)(ctx => ctx.Response.WriteAsync(ctx.RequestServices.GetRequiredService<Counter>().Next().ToString(System.Globalization.CultureInfo.InvariantCulture)))),
            services => services.AddSingleton(counter));
        Assert.Same(counter, host.Services.GetRequiredService<Counter>());
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        Assert.Equal("1", await client.GetStringAsync(new Uri("count", UriKind.Relative)));
        Assert.Equal("2", await client.GetStringAsync(new Uri("count", UriKind.Relative)));
    }

    [Fact]
    public async Task Start_argument_checks()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => EmulatorHost.StartAsync(null!));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => EmulatorHost.StartAsync(EchoRoutes.Map, null, -1));
    }

    [Fact]
    public async Task Concurrent_requests_are_all_recorded()
    {
        await using var host = await EmulatorHost.StartAsync(EchoRoutes.Map);
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => client.GetStringAsync(new Uri($"ok?i={i}", UriKind.Relative))));
        Assert.Equal(40, host.Requests.Count);
        Assert.Equal(Enumerable.Range(0, 40).Select(i => $"?i={i}").Order(StringComparer.Ordinal), host.Requests.Select(r => r.Query).Order(StringComparer.Ordinal));
    }

    private sealed class Counter
    {
        private int value;

        public int Next() => Interlocked.Increment(ref value);
    }
}
