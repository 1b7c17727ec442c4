using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using MemberCards.Sdk.Security;
using MemberCards.Sdk.Youzan;

namespace MemberCards.Sdk.Benchmarks.Youzan;

/// <summary>
/// Verify + parse of the two seed pushes (seed 000, rewritten as the JSON Youzan sends and signed with a
/// benchmark secret) against a floor that does the bare minimum on the same bytes: JsonDocument.Parse of
/// the envelope, MD5(client_id + msg + client_secret), WebUtility.UrlDecode and JsonDocument.Parse of the message.
/// One row is one message.
/// </summary>
[MemoryDiagnoser]
public class YouzanPushBenchmarks
{
    private const string ClientId = "6cd25b3f99727975b5";
    private const string Secret = "benchmark-secret";
    private const string CardMsg = "%7B%22card_alias%22%3A%222omk5g63jgmvpa%22%2C%22event_time%22%3A%222017-06-30+16%3A07%3A54%22%7D";
    private const string CustomerCardMsg = "%7B%22fans_id%22%3A0%2C%22fans_type%22%3A0%2C%22mobile%22%3A%2218768423400%22%2C%22card_alias%22%3A%222omk5g63jgmvpa%22%2C%22card_no%22%3A%22231820909057462930%22%2C%22event_time%22%3A%222017-06-30+16%3A08%3A29%22%7D";

    private readonly YouzanPushVerifier verifier = new(ClientId, [Secret]);
    private byte[] body = [];

    /// <summary>Which seed push.</summary>
    [Params("SCRM_CARD", "SCRM_CUSTOMER_CARD")]
    public string Sample { get; set; } = "SCRM_CARD";

    [GlobalSetup]
    public void Setup()
    {
        body = Sample == "SCRM_CARD"
            ? Encoding.UTF8.GetBytes($$"""{"msg":"{{CardMsg}}","kdt_name":"墨鱼小课堂","test":false,"sign":"{{YouzanSignature.Compute(ClientId, CardMsg, Secret)}}","sendCount":3,"type":"SCRM_CARD","version":1498810074,"client_id":"6cd25b3f99727975b5","mode":1,"kdt_id":164932,"id":"2omk5g63jgmvpa","status":"CREATE_CARD"}""")
            : Encoding.UTF8.GetBytes($$"""{"msg":"{{CustomerCardMsg}}","kdt_name":"墨鱼小课堂","test":false,"sign":"{{YouzanSignature.Compute(ClientId, CustomerCardMsg, Secret)}}","sendCount":3,"type":"SCRM_CUSTOMER_CARD","version":1498810109,"client_id":"6cd25b3f99727975b5","mode":1,"kdt_id":164932,"id":"231820909057462930","status":"CUSTOMER_TAKE_CARD"}""");
        if (Floor() != SdkVerifyAndParse())
        {
            throw new InvalidOperationException("The floor and the SDK disagree on the sample.");
        }
    }

    /// <summary>The floor: parse, hash, URL-decode, parse the message; nothing typed.</summary>
    [Benchmark(Baseline = true)]
    public int Floor()
    {
        using var envelope = JsonDocument.Parse(body);
        var root = envelope.RootElement;
        var msg = root.GetProperty("msg").GetString()!;
        var sign = root.GetProperty("sign").GetString()!;
        Span<byte> hash = stackalloc byte[16];
        MD5.HashData(Encoding.UTF8.GetBytes(ClientId + msg + Secret), hash);
        Span<byte> received = stackalloc byte[16];
        if (Convert.FromHexString(sign, received, out _, out _) != System.Buffers.OperationStatus.Done || !CryptographicOperations.FixedTimeEquals(hash, received))
        {
            return -1;
        }

        using var message = JsonDocument.Parse(WebUtility.UrlDecode(msg));
        return message.RootElement.GetProperty("card_alias").GetString()!.Length;
    }

    /// <summary>The SDK: size cap, envelope, body-sign verification, form decoding and the typed event.</summary>
    [Benchmark]
    public int SdkVerifyAndParse()
    {
        var push = verifier.ReadVerified(body, eventSign: null);
        return push.Type == YouzanConstants.ScrmCardType
            ? YouzanCardEvent.From(push).CardAlias!.Length
            : YouzanCustomerCardEvent.From(push).CardAlias!.Length;
    }
}
