using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using MemberCards.Sdk.Youzan;

namespace MemberCards.Sdk.Benchmarks.Youzan;

/// <summary>YouzanSignature.Verify against MD5 over the concatenated UTF-8 text, hex, and a plain comparison.</summary>
[MemoryDiagnoser]
public class YouzanSignatureBenchmarks
{
    private const string ClientId = "6cd25b3f99727975b5";
    private const string ClientSecret = "f4ce3a6b4b5b1b1a2c4d8e9f0a1b2c3d";
    private readonly string msg = Uri.EscapeDataString("{\"fans_id\":0,\"mobile\":\"13800138000\",\"amount\":-20,\"total\":1180,\"description\":\"积分兑换优惠券\",\"created_time\":\"2024-05-20 13:29:35\",\"client_hash\":\"\"}");
    private string signature = string.Empty;

    [GlobalSetup]
    public void Setup() => signature = Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(ClientId + msg + ClientSecret)));

    [Benchmark(Baseline = true)]
    public bool Bare() => string.Equals(Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(ClientId + msg + ClientSecret))), signature, StringComparison.OrdinalIgnoreCase);

    [Benchmark]
    public bool Helper() => YouzanSignature.Verify(ClientId, msg, ClientSecret, signature);
}
