using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace MemberCards.Sdk.Iot.Mqtt.Tests.Support;

/// <summary>Sums the IoT counters of one registration (tests run in parallel on the same meter).</summary>
internal sealed class MetricsRecorder : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentDictionary<string, long> totals = new(StringComparer.Ordinal);

    internal MetricsRecorder(string registration)
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == MemberCardsTelemetry.Name && instrument.Name.StartsWith("membercards.iot.", StringComparison.Ordinal))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "registration" && (string?)tag.Value == registration)
                {
                    totals.AddOrUpdate(instrument.Name, value, (_, sum) => sum + value);
                }
            }
        });
        listener.Start();
    }

    internal long this[string instrument] => totals.GetValueOrDefault(instrument);

    public void Dispose() => listener.Dispose();
}
