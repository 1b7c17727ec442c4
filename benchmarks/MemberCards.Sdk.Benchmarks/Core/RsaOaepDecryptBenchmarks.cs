using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using MemberCards.Sdk.Security;

namespace MemberCards.Sdk.Benchmarks.Core;

/// <summary>RsaOaep.Decrypt against Base64 decode + RSA.Decrypt(OaepSHA1) + UTF-8 decode (2048-bit key).</summary>
[MemoryDiagnoser]
public class RsaOaepDecryptBenchmarks
{
    private readonly RSA key = BenchmarkKeys.LoadPrivate();
    private string cipher = string.Empty;

    [GlobalSetup]
    public void Setup() => cipher = Convert.ToBase64String(key.Encrypt("13800138000"u8.ToArray(), RSAEncryptionPadding.OaepSHA1));

    [Benchmark(Baseline = true)]
    public string Bare() => Encoding.UTF8.GetString(key.Decrypt(Convert.FromBase64String(cipher), RSAEncryptionPadding.OaepSHA1));

    [Benchmark]
    public string Helper() => RsaOaep.Decrypt(key, cipher);
}
