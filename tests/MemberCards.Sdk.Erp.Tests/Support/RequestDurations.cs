using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace MemberCards.Sdk.Erp.Tests.Support;

/// <summary>Collects the SDK's <c>membercards.request.duration</c> measurements (tags only) while alive.</summary>
internal sealed class RequestDurations : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, string?>> measurements = new();

    public RequestDurations()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == MemberCardsTelemetry.Name && instrument.Name == MemberCardsTelemetry.RequestDurationInstrument)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, _, tags, _) =>
        {
            var copy = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var tag in tags)
            {
                copy[tag.Key] = tag.Value?.ToString();
            }

            measurements.Enqueue(copy);
        });
        listener.Start();
    }

    /// <summary>The measurements of one registration (tests run in parallel: give each its own name).</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string?>> Of(string registration)
        => [.. measurements.Where(m => m.TryGetValue("registration", out var r) && r == registration)];

    public void Dispose() => listener.Dispose();
}
