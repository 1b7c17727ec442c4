using System.Security.Cryptography;
using MemberCards.Sdk.TestVectors;

namespace MemberCards.Sdk.Benchmarks.Core;

/// <summary>The published WeChat Pay doc test key (<see cref="PublishedVectors.K1PrivateKeyPkcs8"/>), parsed once per benchmark class.</summary>
internal static class BenchmarkKeys
{
    public static RSA LoadPrivate()
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(PublishedVectors.K1PrivateKeyPkcs8);
        return rsa;
    }

    public static RSA LoadPublic()
    {
        using var full = LoadPrivate();
        var rsa = RSA.Create();
        rsa.ImportSubjectPublicKeyInfo(full.ExportSubjectPublicKeyInfo(), out _);
        return rsa;
    }
}
