using System.Globalization;
using System.Text;
using MemberCards.Sdk.Security;
using MemberCards.Sdk.Testing.WeChatPay;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

/// <summary>
/// Every way an answer can go wrong, from a WireMock.Net stub, for a GET and a PATCH: only SDK exceptions reach the
/// caller (never a Refit, JSON or socket exception), a GET is retried when the failure is transient, and a PATCH is
/// sent exactly once and reported as outcome-unknown when it may have been applied.
/// </summary>
public sealed class FaultMatrixTests : IDisposable
{
    private const string CardPath = "/v3/brand/partner/card-member/user-cards/478515832665";
    private const string PublicKeyId = "PUB_KEY_ID_0114232134912410000000000000";
    private static readonly Lazy<WeChatPayTestKey> Merchant = new(() => WeChatPayTestKey.Create("wiremock merchant"));
    private static readonly Lazy<WeChatPayTestKey> Platform = new(() => WeChatPayTestKey.Create("wiremock wechatpay"));
    /// <summary>Long enough for a request to reach the stub on a loaded CI machine, so "sent once" is never "not sent yet".</summary>
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(1);

    /// <summary>How long a slow answer takes: well past <see cref="AttemptTimeout"/>.</summary>
    private static readonly TimeSpan SlowAnswer = TimeSpan.FromSeconds(3);

    private readonly WireMockServer server = WireMockServer.Start();

    public enum Failure
    {
        BadRequestJson,
        ServerErrorJson,
        ServerErrorEmpty,
        BadGatewayHtml,
        TooManyRequests,
        UnsignedSuccess,
        SignedMalformedJson,
        SignedEmptySuccess,
        SignedWrongShape,
        SlowerThanTheAttemptTimeout,
        /// <summary>WireMock.Net 1.25's EMPTY_RESPONSE fault: the stub answers 200 without body or signature (a real dropped connection is tested against the Kestrel emulator in RetryTests).</summary>
        EmptyResponseFault,

        /// <summary>WireMock.Net 1.25's MALFORMED_RESPONSE_CHUNK fault: a broken unsigned 200 (a real truncated body is tested against the Kestrel emulator in RetryTests).</summary>
        MalformedChunkFault,
    }

    public static TheoryData<Failure, string> Matrix()
    {
        var data = new TheoryData<Failure, string>();
        foreach (var failure in Enum.GetValues<Failure>())
        {
            data.Add(failure, "GET");
            data.Add(failure, "PATCH");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Only_sdk_exceptions_escape_and_writes_are_sent_exactly_once(Failure failure, string method)
    {
        Stub(failure, method);
        await using var provider = Provider(failure == Failure.SlowerThanTheAttemptTimeout ? AttemptTimeout : TimeSpan.FromSeconds(10));
        var client = provider.GetRequiredService<IWeChatPayBrandCardClient>();

        var error = await Record(method == "GET"
            ? () => client.GetUserCardAsync(new GetUserCardRequest { UserCardCode = "478515832665", BrandId = "1004", CardId = "c1", OpenId = "o1" })
            : () => client.UpdateUserCardAsync(new UpdateUserCardRequest { UserCardCode = "478515832665", CardId = "c1", BrandId = "1004", OpenId = "o1", Level = "L2" }));

        Assert.IsAssignableFrom<MemberCardsException>(error);
        for (var e = error; e is not null; e = e.InnerException)
        {
            Assert.NotEqual("Refit", e.GetType().Assembly.GetName().Name);
            Assert.False(e is System.Text.Json.JsonException && e == error, "a raw JsonException escaped");
        }

        var (expected, attempts) = Expect(failure, method);
        var sent = await SentAsync(method, attempts);
        Assert.True(expected.IsInstanceOfType(error), $"{failure} {method}: expected {expected.Name}, got {error.GetType().Name}: {error.Message}");
        Assert.Equal(attempts, sent);
        if (error is MemberCardsOutcomeUnknownException unknown)
        {
            Assert.Equal("UpdateUserCard", unknown.Operation);
        }
    }

    [Fact]
    public async Task A_PATCH_is_sent_exactly_once_on_5xx_and_timeouts_while_a_GET_is_retried()
    {
        server.Given(Request.Create().WithPath(CardPath).UsingPatch()).RespondWith(Response.Create().WithStatusCode(500));
        await using var provider = Provider(AttemptTimeout);
        var client = provider.GetRequiredService<IWeChatPayBrandCardClient>();

        var patch = await Assert.ThrowsAsync<MemberCardsOutcomeUnknownException>(() => client.UpdateUserCardAsync(new UpdateUserCardRequest { UserCardCode = "478515832665", CardId = "c1", BrandId = "1004", OpenId = "o1" }));
        server.ResetMappings();
        server.Given(Request.Create().WithPath(CardPath).UsingPatch()).RespondWith(Response.Create().WithStatusCode(200).WithDelay(SlowAnswer));
        var slowPatch = await Assert.ThrowsAsync<MemberCardsOutcomeUnknownException>(() => client.UpdateUserCardAsync(new UpdateUserCardRequest { UserCardCode = "478515832665", CardId = "c1", BrandId = "1004", OpenId = "o1" }));

        server.Given(Request.Create().WithPath(CardPath).UsingGet()).RespondWith(Response.Create().WithStatusCode(200).WithDelay(SlowAnswer));
        var slowGet = await Assert.ThrowsAsync<MemberCardsException>(() => client.GetUserCardAsync(new GetUserCardRequest { UserCardCode = "478515832665", BrandId = "1004", CardId = "c1", OpenId = "o1" }));

        Assert.Equal(500, patch.StatusCode);
        Assert.IsType<WeChatPayApiException>(patch.InnerException);
        Assert.Null(slowPatch.StatusCode);
        Assert.Contains("could not be reached", slowGet.Message, StringComparison.Ordinal);
        Assert.Equal(2, await SentAsync("PATCH", 2));
        Assert.Equal(3, await SentAsync("GET", 3));
    }

    public void Dispose() => server.Dispose();

    /// <summary>How many requests of <paramref name="method"/> the stub logged (it logs a delayed answer only once it was sent, so wait for those).</summary>
    private async Task<int> SentAsync(string method, int expected)
    {
        var patience = (int)(SlowAnswer + AttemptTimeout * 3).TotalMilliseconds;
        for (var waited = 0; waited < patience && server.LogEntries.Count(l => l.RequestMessage.Method == method) < expected; waited += 50)
        {
            await Task.Delay(50);
        }

        // Anything sent beyond the expected count would have arrived by now as well.
        await Task.Delay(100);
        return server.LogEntries.Count(l => l.RequestMessage.Method == method);
    }

    private static (Type Expected, int Attempts) Expect(Failure failure, string method)
    {
        var get = method == "GET";
        return failure switch
        {
            Failure.BadRequestJson => (typeof(WeChatPayApiException), 1),
            Failure.TooManyRequests => (typeof(WeChatPayApiException), get ? 3 : 1),
            Failure.ServerErrorJson or Failure.ServerErrorEmpty or Failure.BadGatewayHtml => (get ? typeof(WeChatPayApiException) : typeof(MemberCardsOutcomeUnknownException), get ? 3 : 1),
            Failure.UnsignedSuccess or Failure.EmptyResponseFault or Failure.MalformedChunkFault => (get ? typeof(MemberCardsSignatureException) : typeof(MemberCardsOutcomeUnknownException), 1),
            Failure.SignedMalformedJson or Failure.SignedEmptySuccess or Failure.SignedWrongShape => (typeof(MemberCardsFormatException), 1),
            Failure.SlowerThanTheAttemptTimeout => (get ? typeof(MemberCardsException) : typeof(MemberCardsOutcomeUnknownException), get ? 3 : 1),
            _ => throw new ArgumentOutOfRangeException(nameof(failure)),
        };
    }

    private static async Task<Exception> Record(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (Exception ex)
        {
            return ex;
        }

        throw new InvalidOperationException("the call succeeded");
    }

    private void Stub(Failure failure, string method)
    {
        var response = Response.Create();
        switch (failure)
        {
            case Failure.BadRequestJson:
                response.WithStatusCode(400).WithHeader("Content-Type", "application/json").WithBody("""{"code":"PARAM_ERROR","message":"参数错误"}""");
                break;
            case Failure.ServerErrorJson:
                response.WithStatusCode(500).WithHeader("Content-Type", "application/json").WithBody("""{"code":"SYSTEM_ERROR","message":"系统错误"}""");
                break;
            case Failure.ServerErrorEmpty:
                response.WithStatusCode(500);
                break;
            case Failure.BadGatewayHtml:
                response.WithStatusCode(502).WithHeader("Content-Type", "text/html").WithBody("<html><body>502 Bad Gateway</body></html>");
                break;
            case Failure.TooManyRequests:
                response.WithStatusCode(429).WithHeader("Content-Type", "application/json").WithBody("""{"code":"FREQUENCY_LIMITED","message":"频率超限"}""");
                break;
            case Failure.UnsignedSuccess:
                response.WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"user_card_code":"478515832665"}""");
                break;
            case Failure.SignedMalformedJson:
                Signed(response, """{"user_card_code":"478515832665",""");
                break;
            case Failure.SignedEmptySuccess:
                Signed(response, string.Empty);
                break;
            case Failure.SignedWrongShape:
                Signed(response, """{"user_card_code":["not","a","string"]}""");
                break;
            case Failure.SlowerThanTheAttemptTimeout:
                response.WithStatusCode(200).WithDelay(SlowAnswer);
                break;
            case Failure.EmptyResponseFault:
                response.WithFault(FaultType.EMPTY_RESPONSE);
                break;
            case Failure.MalformedChunkFault:
                response.WithStatusCode(200).WithFault(FaultType.MALFORMED_RESPONSE_CHUNK);
                break;
        }

        var request = Request.Create().WithPath(CardPath);
        server.Given(method == "GET" ? request.UsingGet() : request.UsingPatch()).RespondWith(response);
    }

    private static void Signed(IResponseBuilder response, string body)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = RequestSignature.CreateNonce();
        var bytes = Encoding.UTF8.GetBytes(body);
        var signature = RsaSha256.Sign(Platform.Value.Rsa, ResponseSignature.BuildMessage(timestamp, nonce, bytes));
        response.WithStatusCode(200)
            .WithHeader(WeChatPayConstants.TimestampHeader, timestamp)
            .WithHeader(WeChatPayConstants.NonceHeader, nonce)
            .WithHeader(WeChatPayConstants.SignatureHeader, signature)
            .WithHeader(WeChatPayConstants.SerialHeader, PublicKeyId)
            .WithHeader("Content-Type", "application/json");
        if (bytes.Length > 0)
        {
            response.WithBody(bytes);
        }
    }

    private ServiceProvider Provider(TimeSpan attemptTimeout)
    {
        var services = new ServiceCollection();
        services.AddMemberCards().AddWeChatPay(o =>
        {
            o.MerchantId = "1900007291";
            o.CertificateSerialNumber = Merchant.Value.SerialNumber;
            o.PrivateKey = Merchant.Value.PrivateKeyPem;
            o.PublicKeyId = PublicKeyId;
            o.PublicKey = Platform.Value.PublicKeyPem;
            o.BaseAddress = new Uri(server.Url!);
            o.MaxRetries = 2;
            o.RetryDelay = TimeSpan.Zero;
            o.AttemptTimeout = attemptTimeout;
        });
        return services.BuildServiceProvider();
    }
}
