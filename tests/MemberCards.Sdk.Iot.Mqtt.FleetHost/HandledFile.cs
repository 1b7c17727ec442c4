using System.Globalization;

namespace MemberCards.Sdk.Iot.Mqtt.FleetHost;

/// <summary>
/// The file this member appends one line to per handled message, <c>msgId unix-ms instance</c>, flushed at once so that a
/// killed member leaves every line it wrote.
/// </summary>
internal sealed class HandledFile(string path, string instance) : IDisposable
{
    private readonly StreamWriter writer = new(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
    private readonly Lock gate = new();

    public void Record(string messageId)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{messageId} {DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()} {instance}");
        lock (gate)
        {
            writer.WriteLine(line);
        }
    }

    public void Dispose() => writer.Dispose();
}
