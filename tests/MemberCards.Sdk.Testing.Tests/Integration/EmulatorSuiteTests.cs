using System.Net;
using System.Net.Sockets;
using System.Text;
using MemberCards.Sdk.Testing.Erp;
using MemberCards.Sdk.Testing.WeChat;

namespace MemberCards.Sdk.Testing.Tests.Integration;

public sealed class EmulatorSuiteTests
{
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task One_port_serves_the_WeChat_WeChat_Pay_and_Erp_routes_with_one_shared_record()
    {
        var options = new EmulatorSuiteOptions { WeChat = new WeChatEmulatorOptions() };
        options.WeChat.Apps["wx1"] = "secret1";
        await using var suite = await EmulatorSuite.StartAsync(options);
        Assert.Equal(suite.BaseAddress, suite.WeChat.BaseAddress);
        Assert.Equal(suite.BaseAddress, suite.WeChatPay.BaseAddress);
        Assert.Equal(suite.BaseAddress, suite.Erp.BaseAddress);

        var token = await PostAsync(suite, "cgi-bin/stable_token", """{"grant_type":"client_credential","appid":"wx1","secret":"secret1"}""");
        Assert.Equal(HttpStatusCode.OK, token.Status);
        Assert.Contains("\"access_token\"", token.Body, StringComparison.Ordinal);
        Assert.Equal(1, suite.WeChat.TokenRequestCount("wx1"));

        var points = await PostAsync(suite, "user/memberPoints", """{"mobile":"13900000000","pointsChanges":5,"pointsRemaining":5,"pointsUsed":0}""");
        Assert.Equal(HttpStatusCode.OK, points.Status);
        Assert.StartsWith("""{"code":10000""", points.Body, StringComparison.Ordinal);
        Assert.Equal(5, suite.Erp.FindMember("13900000000")!.Points);

        // An unsigned WeChat Pay call reaches the WeChat Pay routes, which refuse it the WeChat Pay way.
        using (var certificates = await Http.GetAsync(new Uri(suite.BaseAddress, "v3/certificates")))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, certificates.StatusCode);
            Assert.Contains("\"code\":\"SIGN_ERROR\"", await certificates.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(["/cgi-bin/stable_token", "/user/memberPoints", "/v3/certificates"], suite.Host.Requests.Select(r => r.Path));
        Assert.Equal(suite.Host.Requests.Count, suite.Erp.Requests.Count);
    }

    [Fact]
    public async Task The_suite_listens_on_the_port_asked_for_and_releases_it_when_disposed()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var suite = await EmulatorSuite.StartAsync(new EmulatorSuiteOptions { Port = port, Erp = new ErpEmulatorOptions { DefaultStoreNumber = "2002" } });
        Assert.Equal(new Uri($"http://127.0.0.1:{port}/"), suite.BaseAddress);
        var points = await PostAsync(suite, "user/memberPoints", """{"mobile":"13900000001","pointsChanges":1,"pointsRemaining":1,"pointsUsed":0}""");
        Assert.Contains("\"storeNumber\":\"2002\"", points.Body, StringComparison.Ordinal);

        await suite.DisposeAsync();

        // Disposing an emulator of a stopped suite is harmless, and the port is free again.
        await suite.Erp.DisposeAsync();
        using var again = new TcpListener(IPAddress.Loopback, port);
        again.Start();
    }

    [Fact]
    public async Task A_negative_port_is_refused()
        => await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => EmulatorSuite.StartAsync(new EmulatorSuiteOptions { Port = -1 }));

    private static async Task<(HttpStatusCode Status, string Body)> PostAsync(EmulatorSuite suite, string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync(new Uri(suite.BaseAddress, path), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
