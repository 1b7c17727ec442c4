using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using MemberCards.Sdk.Security;

namespace MemberCards.Sdk.Benchmarks.Core;

/// <summary>RsaSha256.Sign against RSA.SignData + Base64 (a WeChat Pay request message, 2048-bit key).</summary>
[MemoryDiagnoser]
public class RsaSha256SignBenchmarks
{
    private readonly RSA key = BenchmarkKeys.LoadPrivate();
    private readonly byte[] message = Encoding.UTF8.GetBytes("POST\n/v3/brand/partner/card-member/user-cards/65830/confirm\n1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n{\"brand_id\":\"1200\",\"card_id\":\"pY7nBwzEaLTgkRMbFS0VjAq1jvP0\",\"openid\":\"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o\"}\n");

    [Benchmark(Baseline = true)]
    public string Bare() => Convert.ToBase64String(key.SignData(message, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

    [Benchmark]
    public string Helper() => RsaSha256.Sign(key, message);
}
