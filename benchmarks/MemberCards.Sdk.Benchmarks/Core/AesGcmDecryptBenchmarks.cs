using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using MemberCards.Sdk.Security;
using MemberCards.Sdk.TestVectors;

namespace MemberCards.Sdk.Benchmarks.Core;

/// <summary>AesGcmCipher.Decrypt against the bare AesGcm call for a ~600-byte notification resource.</summary>
[MemoryDiagnoser]
public class AesGcmDecryptBenchmarks
{
    private const string Nonce = PublishedVectors.TvENonce;
    private const string AssociatedData = "user_card";
    private readonly byte[] key = Encoding.UTF8.GetBytes(PublishedVectors.TvEKey);
    private string ciphertext = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var plaintext = "{\"user_card_code\":\"658301234567\",\"card_id\":\"pY7nBwzEaLTgkRMbFS0VjAq1jvP0\",\"openid\":\"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o\",\"brand_id\":\"1200\",\"card_type\":\"NORMAL\",\"user_card_state\":\"EFFECTIVE\",\"level\":\"金卡会员\",\"pickup_time\":\"2024-05-20T13:29:35+08:00\",\"valid_date_information\":{\"type\":\"PERMANENT\"},\"user_information\":{\"common_field_list\":[{\"name\":\"USER_FORM_FLAG_NAME\",\"value\":\"张三\"},{\"name\":\"USER_FORM_FLAG_CITY\",\"value\":\"深圳\"}]},\"attach\":\"" + new string('x', 200) + "\"}";
        ciphertext = AesGcmCipher.Encrypt(key, Nonce, AssociatedData, plaintext);
    }

    [Benchmark(Baseline = true)]
    public string Bare()
    {
        var data = Convert.FromBase64String(ciphertext);
        var plaintext = new byte[data.Length - 16];
        using var aes = new AesGcm(key, 16);
        aes.Decrypt(Encoding.UTF8.GetBytes(Nonce), data.AsSpan(0, plaintext.Length), data.AsSpan(plaintext.Length), plaintext, Encoding.UTF8.GetBytes(AssociatedData));
        return Encoding.UTF8.GetString(plaintext);
    }

    [Benchmark]
    public string Helper() => AesGcmCipher.Decrypt(key, Nonce, AssociatedData, ciphertext);
}
