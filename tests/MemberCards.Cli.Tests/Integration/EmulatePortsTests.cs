using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace MemberCards.Cli.Tests.Integration;

/// <summary>
/// <c>membercards emulate</c> keeps its ports for an <c>--out</c> folder: a restart listens where the host's settings
/// (and a running host's retries) point, HTTP and MQTT alike; a kept port that is taken is a clear input error.
/// </summary>
public sealed class EmulatePortsTests
{
    [Fact]
    public async Task A_restart_with_the_same_out_folder_listens_on_the_same_http_and_mqtt_ports()
    {
        var folder = Directory.CreateTempSubdirectory("membercards-cli-ports-");
        try
        {
            // First start: free ports, written to the folder. A client stays connected to each while it stops.
            int http, mqtt;
            string firstOutput;
            using var httpClient = new TcpClient();
            using var mqttClient = new TcpClient();
            await using (var first = RunningCli.Start("emulate", "--port", "0", "--out", folder.FullName))
            {
                (http, mqtt) = await PortsAsync(first);
                await httpClient.ConnectAsync(IPAddress.Loopback, http);
                await mqttClient.ConnectAsync(IPAddress.Loopback, mqtt);
                Assert.Equal(ExitCodes.Success, await first.StopAsync());
                firstOutput = first.Output;
            }

            // Restarted with --port 0, and without --port (the default 5099 does not move it): the same ports.
            foreach (string[] args in new[] { new[] { "--port", "0" }, Array.Empty<string>() })
            {
                await using var again = RunningCli.Start(["emulate", "--out", folder.FullName, .. args]);
                Assert.Equal((http, mqtt), await PortsAsync(again));
                using var reconnect = new TcpClient();
                await reconnect.ConnectAsync(IPAddress.Loopback, mqtt);
                Assert.Equal(ExitCodes.Success, await again.StopAsync());
            }

            Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"{{\"http\":{http},\"mqtt\":{mqtt}}}\n"), await File.ReadAllTextAsync(Path.Combine(folder.FullName, "emulator-ports.json")));
            Assert.Contains($"Ports kept for the next start with this --out folder: {Path.Combine(folder.FullName, "emulator-ports.json")}\n", firstOutput, StringComparison.Ordinal);

            // An explicit --port moves the HTTP server, and is kept from then on; MQTT stays.
            var explicitPort = FreePort();
            await using (var moved = RunningCli.Start("emulate", "--port", explicitPort.ToString(CultureInfo.InvariantCulture), "--out", folder.FullName))
            {
                Assert.Equal((explicitPort, mqtt), await PortsAsync(moved));
                Assert.Equal(ExitCodes.Success, await moved.StopAsync());
            }

            Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"{{\"http\":{explicitPort},\"mqtt\":{mqtt}}}\n"), await File.ReadAllTextAsync(Path.Combine(folder.FullName, "emulator-ports.json")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_kept_port_that_is_taken_is_a_one_line_input_error_naming_the_ports_file()
    {
        var folder = Directory.CreateTempSubdirectory("membercards-cli-ports-taken-");
        try
        {
            int http, mqtt;
            await using (var first = RunningCli.Start("emulate", "--port", "0", "--out", folder.FullName))
            {
                (http, mqtt) = await PortsAsync(first);
                Assert.Equal(ExitCodes.Success, await first.StopAsync());
            }

            var file = Path.Combine(folder.FullName, "emulator-ports.json");
            using (var occupant = new TcpListener(IPAddress.Loopback, mqtt))
            {
                occupant.Start();
                await using var blocked = RunningCli.Start("emulate", "--out", folder.FullName);
                Assert.Equal(ExitCodes.BadInput, await blocked.ExitCodeAsync());
                Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"error: cannot listen for MQTT on 127.0.0.1:{mqtt} ("), blocked.Error, StringComparison.Ordinal);
                Assert.EndsWith($"), the port {file} keeps for this --out folder; stop what uses it, or delete {file} to pick new ports.\n", blocked.Error, StringComparison.Ordinal);
                Assert.Equal(string.Empty, blocked.Output);
            }

            using (var occupant = new TcpListener(IPAddress.Loopback, http))
            {
                occupant.Start();
                await using var blocked = RunningCli.Start("emulate", "--port", "0", "--out", folder.FullName);
                Assert.Equal(ExitCodes.BadInput, await blocked.ExitCodeAsync());
                Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"error: cannot listen on 127.0.0.1:{http} ("), blocked.Error, StringComparison.Ordinal);
                Assert.EndsWith($"), the port {file} keeps for this --out folder; stop what uses it, pass another --port, or delete {file} to pick new ports.\n", blocked.Error, StringComparison.Ordinal);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<(int Http, int Mqtt)> PortsAsync(RunningCli cli)
    {
        await cli.WaitForOutputAsync("Listening on ");
        return (new Uri(cli.Value("WeChat:BaseAddress")).Port, int.Parse(cli.Value("Iot:Mqtt:Port"), CultureInfo.InvariantCulture));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
