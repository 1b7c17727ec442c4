using BenchmarkDotNet.Attributes;

namespace MemberCards.Sdk.Benchmarks.WeChatPay;

/// <summary>
/// A full GET of a user card (sign, send, verify, decrypt four sensitive fields, deserialize) through the SDK
/// versus a hand-written floor doing the same work with a bare HttpClient, against the same in-process emulator:
/// it builds the escaped request target, signs, checks the answer's serial, probe prefix, timestamp window and
/// signature over the raw body, OAEP-decrypts the four sensitive fields and deserializes into an equivalent model.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class WeChatPayGetUserCardBenchmarks
{
    private WeChatPayBenchmarkHost host = null!;

    [GlobalSetup]
    public void Setup()
    {
        host = new WeChatPayBenchmarkHost();
        if (Sdk().GetAwaiter().GetResult() != Floor().GetAwaiter().GetResult())
        {
            throw new InvalidOperationException("The SDK and the floor disagree.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => host.Dispose();

    [Benchmark(Baseline = true, Description = "hand-written floor (bare HttpClient, same crypto)")]
    public async Task<string> Floor()
    {
        var card = host.FloorDecryptAll(await host.FloorGetAsync());
        return $"{card.UserCardCode}|{card.PhoneNumber}|{card.UserInformation!.CommonFieldList![0].Value}|{string.Join(",", card.UserInformation.CustomFieldList![0].UserChosenValues!)}|{card.Level}";
    }

    [Benchmark(Description = "SDK GetUserCardAsync (DI, handlers, typed model)")]
    public async Task<string> Sdk()
    {
        var card = await host.Client.GetUserCardAsync(WeChatPayBenchmarkHost.Request);
        return $"{card.UserCardCode}|{card.PhoneNumber!.Reveal()}|{card.UserInformation!.CommonFieldList![0].Value!.Reveal()}|{string.Join(",", card.UserInformation.CustomFieldList![0].UserChosenValues!.Select(v => v!.Reveal()))}|{card.Level}";
    }
}
