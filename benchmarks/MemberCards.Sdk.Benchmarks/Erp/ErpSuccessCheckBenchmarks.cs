using System.Text.Json;
using BenchmarkDotNet.Attributes;
using MemberCards.Sdk.Erp;

namespace MemberCards.Sdk.Benchmarks.Erp;

/// <summary>
/// The ERP mapper's check of a 2xx answer (is its code a failure?) on the seed's success: the full envelope read it
/// made before (the baseline: the envelope with its <c>data</c> as a <see cref="JsonElement"/>, which the client then
/// reads again), against the top-level scan of <c>code</c> it makes now.
/// </summary>
[MemoryDiagnoser]
public class ErpSuccessCheckBenchmarks
{
    private static readonly byte[] Seed = ErpAnswerBenchmarks.Seed;

    [Benchmark(Baseline = true)]
    public string? EnvelopeRead() => JsonSerializer.Deserialize(Seed, ErpJson.Envelope)?.Code;

    [Benchmark]
    public bool SuccessCheck() => ErpAnswerReader.FailureOf(Seed, 200) is null;
}
