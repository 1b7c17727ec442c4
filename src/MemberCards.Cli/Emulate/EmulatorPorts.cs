using System.Text.Json;

namespace MemberCards.Cli.Emulate;

/// <summary>
/// The ports an <c>--out</c> folder's emulators listen on, kept in <see cref="FileName"/> in that folder, so that a
/// restart with the same <c>--out</c> listens where the host's settings (and a running host's retries) point.
/// </summary>
/// <param name="Http">The port of the HTTP server (WeChat, WeChat Pay, ERP and the control endpoints).</param>
/// <param name="Mqtt">The port of the IoT MQTT broker.</param>
internal sealed record EmulatorPorts(int Http, int Mqtt)
{
    /// <summary>The file's name in the <c>--out</c> folder.</summary>
    public const string FileName = "emulator-ports.json";

    /// <summary>The file's path in <paramref name="folder"/>.</summary>
    public static string PathIn(string folder) => Path.Combine(folder, FileName);

    /// <summary>The ports saved in <paramref name="folder"/>, or <see langword="null"/> when none were (a first start).</summary>
    public static EmulatorPorts? Load(string folder)
    {
        var path = PathIn(folder);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(FileText.ReadAllBytes(path, "the emulator's ports"));
            var root = document.RootElement;
            var ports = new EmulatorPorts(root.GetProperty("http").GetInt32(), root.GetProperty("mqtt").GetInt32());
            return IsPort(ports.Http) && IsPort(ports.Mqtt) ? ports : throw new FormatException("a port is out of range");
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new CliInputException($"{path} does not hold the emulator's ports ({{\"http\":N,\"mqtt\":N}}); delete it to pick new ones.");
        }
    }

    /// <summary>Writes the ports to <paramref name="folder"/>.</summary>
    public void Save(string folder)
        => File.WriteAllText(PathIn(folder), string.Create(CultureInfo.InvariantCulture, $"{{\"http\":{Http},\"mqtt\":{Mqtt}}}\n"), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    private static bool IsPort(int port) => port is > 0 and <= 65535;
}
