using BenchmarkDotNet.Attributes;
using MemberCards.Sdk.Iot;
using MemberCards.Sdk.Testing.Iot;

namespace MemberCards.Sdk.Benchmarks.Iot;

/// <summary>
/// Parse of the platform's sample message (every event kind, 3 KB) by the SDK against the floor:
/// System.Text.Json into a plain DTO of the same fields (source-generated, no tolerance). Target: within 1.3x.
/// </summary>
[MemoryDiagnoser]
public class IotParseBenchmarks
{
    private readonly byte[] payload = IotSamples.MessageBytes();

    [Benchmark(Baseline = true, Description = "Floor: JsonSerializer -> plain DTO")]
    public FloorMessage? PlainDto() => System.Text.Json.JsonSerializer.Deserialize(payload, FloorJsonContext.Default.FloorMessage);

    [Benchmark(Description = "IotMessage.Parse (size cap, UTF-8 check, typed)")]
    public IotMessage Sdk() => IotMessage.Parse(payload);

    [Benchmark(Description = "IotMessage.Parse + events in dispatch order")]
    public int SdkAndEvents() => IotMessage.Parse(payload).Events.All.Count;
}
