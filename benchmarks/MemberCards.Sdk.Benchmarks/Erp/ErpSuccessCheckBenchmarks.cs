using System.Text;
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
    private static readonly byte[] Seed = Encoding.UTF8.GetBytes("""{"code":10000,"msg":"成功","data":{"name":"周xx","sex":"男","identityCardNo":"330702690808123","birthday":"1969-08-07","email":"","level":"0","state":"0","address":"下城路766号","cardNo":"e0582800","storeNumber":"1001"}}""");

    [Benchmark(Baseline = true)]
    public string? EnvelopeRead() => JsonSerializer.Deserialize(Seed, ErpJson.Envelope)?.Code;

    [Benchmark]
    public bool SuccessCheck() => ErpAnswerReader.FailureOf(Seed, 200) is null;
}
