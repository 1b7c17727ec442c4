using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using MemberCards.Sdk.Security;
using MemberCards.Sdk.TestVectors;

namespace MemberCards.Sdk.Benchmarks.Core;

/// <summary>RsaSha256.Verify against Base64 decode + RSA.VerifyData (a WeChat Pay response, 2048-bit key).</summary>
[MemoryDiagnoser]
public class RsaSha256VerifyBenchmarks
{
    private readonly RSA key = BenchmarkKeys.LoadPublic();
    private readonly byte[] message = Encoding.UTF8.GetBytes($"{PublishedVectors.TvCTimestamp}\n{PublishedVectors.TvCNonce}\n{PublishedVectors.TvCBody}\n");
    private string signature = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        using var signer = BenchmarkKeys.LoadPrivate();
        signature = Convert.ToBase64String(signer.SignData(message, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    [Benchmark(Baseline = true)]
    public bool Bare() => key.VerifyData(message, Convert.FromBase64String(signature), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

    [Benchmark]
    public bool Helper() => RsaSha256.Verify(key, message, signature);
}
