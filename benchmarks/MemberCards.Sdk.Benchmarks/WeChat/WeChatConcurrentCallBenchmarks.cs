using MemberCards.Sdk.Benchmarks.Core;
using System.Net.Http.Json;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using MemberCards.Sdk.WeChat;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.Benchmarks.WeChat;

/// <summary>
/// A WeChat card call with calls overlapping (issue 18), as <c>WeChatPayConcurrentGetBenchmarks</c> does for WeChat Pay:
/// <see cref="Concurrency"/> callers each make <see cref="CallsPerCaller"/> <c>card/membercard/userinfo/get</c> calls. The
/// answers come from memory (<see cref="WeChatReplayHandler"/>), so the ratio is the client's own work: the SDK (cached
/// access_token, the errcode check, telemetry, the typed answer) against the floor (bare HttpClient posting the same
/// body with the token in the query, the same errcode check and a source-generated deserialization) in the same run.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class WeChatConcurrentCallBenchmarks : ConcurrentCallBenchmarks
{
    private const string CardId = "pbLatjk4T4Hx-QFQGL4zGQy27_Qg";
    private const string Code = "110201201245";
    private static readonly Uri Base = new("https://api.weixin.qq.com/");

    private readonly WeChatReplayHandler replay = new();
    private ServiceProvider services = null!;
    private IWeChatCardClient client = null!;
    private HttpClient bare = null!;
    private string token = null!;

    [GlobalSetup]
    public void Setup()
    {
        var collection = new ServiceCollection();
        collection.AddMemberCards().AddWeChatCards(o =>
        {
            o.AppId = "wxbench0000000001";
            o.AppSecret = "bench-secret";
            o.BaseAddress = Base;
        }).ConfigureHttpClient(http => http.ConfigurePrimaryHttpMessageHandler(() => replay));
        services = collection.BuildServiceProvider();
        client = services.GetRequiredService<IWeChatCardClient>();
        token = services.GetRequiredService<IWeChatAccessTokenProvider>().GetAccessTokenAsync().GetAwaiter().GetResult();
        bare = new HttpClient(replay, disposeHandler: false) { BaseAddress = Base };
        AssertSameAnswer();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        services.Dispose();
        bare.Dispose();
    }

    /// <inheritdoc />
    protected override async Task<string> FloorCall()
    {
        using var content = JsonContent.Create(new FloorMemberInfoRequest { CardId = CardId, Code = Code }, WeChatFloorJsonContext.Default.FloorMemberInfoRequest);
        await content.LoadIntoBufferAsync().ConfigureAwait(false);
        using var response = await bare.PostAsync("card/membercard/userinfo/get?access_token=" + token, content).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        var info = JsonSerializer.Deserialize(body, WeChatFloorJsonContext.Default.FloorMemberInfo)!;
        if (!response.IsSuccessStatusCode || info.ErrCode != 0)
        {
            throw new InvalidOperationException(info.ErrMsg);
        }

        return $"{info.MembershipNumber}|{info.Bonus}|{info.UserCardStatus == "NORMAL"}|{info.UserInfo!.CommonFields![0].Value}";
    }

    /// <inheritdoc />
    protected override async Task<string> SdkCall()
    {
        var info = await client.GetMemberInfoAsync(new WeChatGetMemberInfoRequest { CardId = CardId, Code = Code }).ConfigureAwait(false);
        return $"{info.MembershipNumber}|{info.Bonus}|{info.UserCardStatus == WeChatUserCardStatus.Normal}|{info.UserInfo!.CommonFields![0].Value}";
    }
}
