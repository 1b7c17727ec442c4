using MemberCards.Sdk.Benchmarks.Core;
using BenchmarkDotNet.Attributes;

namespace MemberCards.Sdk.Benchmarks.WeChatPay;

/// <summary>
/// The seed-001 GET with calls overlapping (issue 18): <see cref="Concurrency"/> callers each make
/// <see cref="CallsPerCaller"/> calls, so a fixed per-call CPU cost of the pipeline shows as it does in a busy host,
/// where a single-call benchmark hides it behind latency. The answer is replayed in memory
/// (<see cref="WeChatPayTransport.Replay"/>), so the ratio is the client's own work: the SDK against the hand-written
/// floor (bare HttpClient, same signing, verification and parsing) in the same run. <see cref="Fields"/> says what is
/// read: the level and state only, or every field with the four sensitive ones decrypted.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class WeChatPayConcurrentGetBenchmarks : ConcurrentCallBenchmarks
{
    private WeChatPayBenchmarkHost host = null!;

    /// <summary>What the caller reads from the answer.</summary>
    public enum ReadFields
    {
        /// <summary>The level and state: no sensitive field is decrypted.</summary>
        LevelOnly,

        /// <summary>Every field, the four sensitive ones decrypted.</summary>
        All,
    }

    /// <summary>What is read.</summary>
    [Params(ReadFields.LevelOnly, ReadFields.All)]
    public ReadFields Fields { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        host = new WeChatPayBenchmarkHost(WeChatPayTransport.Replay);
        AssertSameAnswer();
    }

    [GlobalCleanup]
    public void Cleanup() => host.Dispose();

    /// <inheritdoc />
    protected override async Task<string> FloorCall()
    {
        var card = await host.FloorGetAsync().ConfigureAwait(false);
        if (Fields == ReadFields.LevelOnly)
        {
            return $"{card.Level}|{card.UserCardState == "EFFECTIVE"}";
        }

        card = host.FloorDecryptAll(card);
        return $"{card.UserCardCode}|{card.PhoneNumber}|{card.UserInformation!.CommonFieldList![0].Value}|{string.Join(",", card.UserInformation.CustomFieldList![0].UserChosenValues!)}|{card.Level}|{card.UserCardState == "EFFECTIVE"}";
    }

    /// <inheritdoc />
    protected override async Task<string> SdkCall()
    {
        var card = await host.Client.GetUserCardAsync(WeChatPayBenchmarkHost.Request).ConfigureAwait(false);
        if (Fields == ReadFields.LevelOnly)
        {
            return $"{card.Level}|{card.UserCardState == UserCardState.Effective}";
        }

        return $"{card.UserCardCode}|{card.PhoneNumber!.Reveal()}|{card.UserInformation!.CommonFieldList![0].Value!.Reveal()}|{string.Join(",", card.UserInformation.CustomFieldList![0].UserChosenValues!.Select(v => v!.Reveal()))}|{card.Level}|{card.UserCardState == UserCardState.Effective}";
    }
}
