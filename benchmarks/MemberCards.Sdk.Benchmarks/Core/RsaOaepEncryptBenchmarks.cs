using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using MemberCards.Sdk.Security;

namespace MemberCards.Sdk.Benchmarks.Core;

/// <summary>RsaOaep.Encrypt against RSA.Encrypt(OaepSHA1) + Base64 (a phone number, 2048-bit key).</summary>
[MemoryDiagnoser]
public class RsaOaepEncryptBenchmarks
{
    private const string Phone = "13800138000";
    private readonly RSA key = BenchmarkKeys.LoadPublic();

    [Benchmark(Baseline = true)]
    public string Bare() => Convert.ToBase64String(key.Encrypt(Encoding.UTF8.GetBytes(Phone), RSAEncryptionPadding.OaepSHA1));

    [Benchmark]
    public string Helper() => RsaOaep.Encrypt(key, Phone);
}
