using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using MemberCards.Sdk;
using MemberCards.Sdk.Erp;
using MemberCards.Sdk.WeChat;
using MemberCards.Sdk.WeChatPay;
using MemberCards.Sdk.WeChatPay.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Cli.Tests.Integration;

public sealed class EmulateCommandTests
{
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task Emulate_serves_every_server_emulator_with_the_printed_credentials_until_cancelled()
    {
        var folder = Directory.CreateTempSubdirectory("membercards-cli-tests-");
        try
        {
            await using var cli = RunningCli.Start("emulate", "--port", "0", "--out", folder.FullName);
            await cli.WaitForOutputAsync("Listening on ");
            var baseAddress = new Uri(cli.Value("WeChat:BaseAddress"));
            Assert.Equal("127.0.0.1", baseAddress.Host);
            Assert.NotEqual(0, baseAddress.Port);
            Assert.Equal(baseAddress.ToString(), cli.Value("WeChatPay:BaseAddress"));
            Assert.Equal(baseAddress.ToString(), cli.Value("Erp:BaseAddress"));

            // WeChat: a stable token for the printed AppId and AppSecret.
            var tokenBody = $$"""{"grant_type":"client_credential","appid":"{{cli.Value("WeChat:AppId")}}","secret":"{{cli.Value("WeChat:AppSecret")}}"}""";
            using (var token = await PostJsonAsync(new Uri(baseAddress, "cgi-bin/stable_token"), tokenBody))
            {
                Assert.Equal(96, token.RootElement.GetProperty("access_token").GetString()!.Length);
                Assert.Equal(7200, token.RootElement.GetProperty("expires_in").GetInt64());
            }

            // ERP: a points change for a new member.
            string? cardNo;
            using (var points = await PostJsonAsync(new Uri(baseAddress, "user/memberPoints"), """{"mobile":"13800138000","pointsChanges":10,"pointsRemaining":10,"pointsUsed":0}"""))
            {
                Assert.Equal(10000, points.RootElement.GetProperty("code").GetInt32());
                Assert.Equal("1001", points.RootElement.GetProperty("data").GetProperty("storeNumber").GetString());
                cardNo = points.RootElement.GetProperty("data").GetProperty("cardNo").GetString();
            }

            // The SDK, configured from nothing but the appsettings file the command wrote: WeChat Pay signs a request
            // the emulator accepts and verifies the emulator's signed answer; WeChat gets a token; the ERP applies points.
            var settings = Path.Combine(folder.FullName, "appsettings.emulator.json");
            Assert.Contains(settings, cli.Output, StringComparison.Ordinal);
            var configuration = new ConfigurationBuilder().AddJsonFile(settings).Build().GetSection("MemberCards");
            var services = new ServiceCollection();
            services.AddMemberCards(configuration).AddWeChatPay().AddWeChatCards().AddErpPoints();
            await using (var provider = services.BuildServiceProvider())
            {
                var pay = provider.GetRequiredService<IWeChatPayBrandCardClient>();
                var created = await pay.CreateCardTemplateAsync(TemplateRequests.Diamond());
                Assert.Equal("钻石会员卡", (await pay.GetCardTemplateAsync(new GetCardTemplateRequest { BrandId = "1004", CardId = created.CardId! })).CardTitle);

                var weChat = provider.GetRequiredService<IWeChatCardClient>();
                await weChat.SetTestWhiteListAsync(new WeChatSetTestWhiteListRequest { OpenIds = ["oTester0001"] });

                var erp = provider.GetRequiredService<IErpPointsClient>();
                var member = await erp.ChangeMemberPointsAsync(new MemberPointsChangeRequest { Mobile = "13800138000", PointsChanges = 5, PointsRemaining = 15, PointsUsed = 0 });
                Assert.Equal(cardNo, member.CardNo);
            }

            Assert.Equal(cli.Value("WeChatPay:PrivateKeyPath"), Path.Combine(folder.FullName, "apiclient_key.pem"));
            Assert.Equal(cli.Value("WeChatPay:MerchantId"), configuration["WeChatPay:MerchantId"]);
            Assert.Equal(cli.Value("WeChatPay:CertificateSerialNumber"), configuration["WeChatPay:CertificateSerialNumber"]);
            Assert.Equal(configuration["WeChatPay:ApiV3Key"], await File.ReadAllTextAsync(Path.Combine(folder.FullName, "apiv3_key.txt")));
            Assert.DoesNotContain("PRIVATE KEY", cli.Output, StringComparison.Ordinal);
            Assert.DoesNotContain(configuration["WeChatPay:ApiV3Key"]!, cli.Output, StringComparison.Ordinal);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(folder.FullName, "apiclient_key.pem")));
            }

            Assert.Equal(ExitCodes.Success, await cli.StopAsync());
            Assert.EndsWith("Stopping.\n", cli.Output, StringComparison.Ordinal);
            Assert.Equal(string.Empty, cli.Error);
            await Assert.ThrowsAsync<HttpRequestException>(() => Http.GetAsync(new Uri(baseAddress, "v3/certificates")));
            Assert.True(File.Exists(Path.Combine(folder.FullName, "apiclient_key.pem")), "an --out folder is kept");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Without_out_the_keys_go_to_a_temporary_folder_that_is_deleted_on_exit()
    {
        await using var cli = RunningCli.Start("emulate", "--port", "0");
        await cli.WaitForOutputAsync("Listening on ");
        var key = cli.Value("WeChatPay:PrivateKeyPath");
        Assert.StartsWith(Path.GetTempPath(), key, StringComparison.Ordinal);
        Assert.Contains("BEGIN PRIVATE KEY", await File.ReadAllTextAsync(key), StringComparison.Ordinal);

        Assert.Equal(ExitCodes.Success, await cli.StopAsync());
        Assert.False(Directory.Exists(Path.GetDirectoryName(key)));
    }

    [Fact]
    public async Task A_port_in_use_is_a_one_line_input_error()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var port = ((IPEndPoint)occupant.LocalEndpoint).Port;

        await using var cli = RunningCli.Start("emulate", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(ExitCodes.BadInput, await cli.ExitCodeAsync());
        Assert.StartsWith($"error: cannot listen on 127.0.0.1:{port}", cli.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, cli.Output);
    }

    [Fact]
    public async Task An_out_folder_that_cannot_be_created_is_a_one_line_input_error_and_the_server_stops()
    {
        using var file = TempFile.WithText("not a folder");

        await using var cli = RunningCli.Start("emulate", "--port", "0", "--out", Path.Combine(file.Path, "keys"));

        Assert.Equal(ExitCodes.BadInput, await cli.ExitCodeAsync());
        Assert.StartsWith($"error: cannot write the key files to {Path.Combine(file.Path, "keys")}", cli.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, cli.Output);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("65536")]
    [InlineData("http")]
    public async Task A_port_out_of_range_is_a_usage_error(string port)
    {
        var run = await CliRun.InvokeAsync("emulate", "--port", port);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("--port", run.Error, StringComparison.Ordinal);
    }

    private static async Task<JsonDocument> PostJsonAsync(Uri url, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync(url, content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
    }
}
