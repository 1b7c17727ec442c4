using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using MemberCards.Sdk.WeChat;

namespace MemberCards.Sdk.Benchmarks.WeChat;

/// <summary>WeChatServerSignature.Verify (safe mode, with Encrypt) against sort + concat + SHA1 + hex + a plain comparison.</summary>
[MemoryDiagnoser]
public class WeChatServerSignatureBenchmarks
{
    private const string Token = "membercards";
    private const string Timestamp = "1700000000";
    private const string Nonce = "837465";
    private readonly string encrypt = Convert.ToBase64String(new byte[512]);
    private string signature = string.Empty;

    [GlobalSetup]
    public void Setup() => signature = Expected();

    [Benchmark(Baseline = true)]
    public bool Bare() => string.Equals(Expected(), signature, StringComparison.OrdinalIgnoreCase);

    [Benchmark]
    public bool Helper() => WeChatServerSignature.Verify(Token, Timestamp, Nonce, signature, encrypt);

    private string Expected()
    {
        string[] parts = [Token, Timestamp, Nonce, encrypt];
        Array.Sort(parts, StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts))));
    }
}
