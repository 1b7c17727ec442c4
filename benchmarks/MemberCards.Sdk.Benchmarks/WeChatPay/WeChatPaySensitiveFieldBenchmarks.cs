using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using MemberCards.Sdk.WeChatPay;

namespace MemberCards.Sdk.Benchmarks.WeChatPay;

/// <summary>
/// "Pay only for what you read" (issue 15): the seed-001 GET of a user card against the same in-process emulator,
/// in two groups, each with its own hand-written floor as baseline (bare HttpClient + System.Security.Cryptography:
/// escaped request target, RSA sign, serial/probe/timestamp checks and RSA verify over the raw body, deserialize).
/// <list type="bullet">
/// <item><c>LevelState</c>: the caller reads only level and state. Floor: decrypts nothing. SDK: decrypts nothing
/// (sensitive fields stay ciphertext). "Eager SDK": the SDK revealing all four sensitive fields right after the
/// call, which is the work the SDK did on receipt before this change (an RSA-OAEP decrypt of each: the phone, one
/// common value, two chosen values), so its ratio against the same floor shows the speed-up.</item>
/// <item><c>EveryField</c>: the caller reads every field. Floor: decrypts all four in place. SDK: reveals all four.</item>
/// </list>
/// Each group runs twice: against the emulator over loopback (<see cref="WeChatPayTransport.Emulator"/>: the server's
/// own RSA signing and encrypting are part of every call, as a real round trip's latency would be) and on one
/// recorded answer in memory (<see cref="WeChatPayTransport.Replay"/>: only the client's work, so the speed-up of not
/// decrypting is not diluted by the server's).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class WeChatPaySensitiveFieldBenchmarks
{
    private WeChatPayBenchmarkHost host = null!;

    /// <summary>What answers the GET.</summary>
    [Params(WeChatPayTransport.Emulator, WeChatPayTransport.Replay)]
    public WeChatPayTransport Transport { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        host = new WeChatPayBenchmarkHost(Transport);
        var levelState = FloorLevelState().GetAwaiter().GetResult();
        var everything = FloorEveryField().GetAwaiter().GetResult();
        if (SdkLevelState().GetAwaiter().GetResult() != levelState
            || SdkEagerLevelState().GetAwaiter().GetResult() != levelState
            || SdkEveryField().GetAwaiter().GetResult() != everything)
        {
            throw new InvalidOperationException("The SDK and the floor disagree.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => host.Dispose();

    [BenchmarkCategory("LevelState")]
    [Benchmark(Baseline = true, Description = "floor: GET, read level/state, decrypt nothing")]
    public async Task<string> FloorLevelState()
    {
        var card = await host.FloorGetAsync();
        return $"{card.Level}|{card.UserCardState}";
    }

    [BenchmarkCategory("LevelState")]
    [Benchmark(Description = "SDK: GET, read level/state (lazy)")]
    public async Task<string> SdkLevelState()
    {
        var card = await host.Client.GetUserCardAsync(WeChatPayBenchmarkHost.Request);
        return $"{card.Level}|{WireName(card.UserCardState)}";
    }

    [BenchmarkCategory("LevelState")]
    [Benchmark(Description = "eager SDK (as before): GET, decrypt all on receipt, read level/state")]
    public async Task<string> SdkEagerLevelState()
    {
        var card = await host.Client.GetUserCardAsync(WeChatPayBenchmarkHost.Request);
        RevealAll(card);
        return $"{card.Level}|{WireName(card.UserCardState)}";
    }

    [BenchmarkCategory("EveryField")]
    [Benchmark(Baseline = true, Description = "floor: GET, decrypt and read every field")]
    public async Task<string> FloorEveryField()
    {
        var card = host.FloorDecryptAll(await host.FloorGetAsync());
        return $"{card.Level}|{card.PhoneNumber}|{card.UserInformation!.CommonFieldList![0].Value}|{string.Join(",", card.UserInformation.CustomFieldList![0].UserChosenValues!)}";
    }

    [BenchmarkCategory("EveryField")]
    [Benchmark(Description = "SDK: GET, reveal and read every field")]
    public async Task<string> SdkEveryField()
    {
        var card = await host.Client.GetUserCardAsync(WeChatPayBenchmarkHost.Request);
        var information = card.UserInformation!;
        return $"{card.Level}|{card.PhoneNumber!.Reveal()}|{information.CommonFieldList![0].Value!.Reveal()}|{string.Join(",", information.CustomFieldList![0].UserChosenValues!.Select(v => v!.Reveal()))}";
    }

    private static string WireName(UserCardState state) => state == UserCardState.Effective ? "EFFECTIVE" : state.ToString();

    private static void RevealAll(UserCard card)
    {
        card.PhoneNumber?.Reveal();
        foreach (var field in card.UserInformation?.CommonFieldList ?? [])
        {
            field.Value?.Reveal();
        }

        foreach (var field in card.UserInformation?.CustomFieldList ?? [])
        {
            foreach (var value in field.UserChosenValues ?? [])
            {
                value?.Reveal();
            }
        }
    }
}
