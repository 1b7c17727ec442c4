using System.Text;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;

namespace MemberCards.Sdk.Erp.Tests.Integration;

/// <summary>
/// Every way an ERP answer can go wrong, stubbed with WireMock.Net: the caller only ever sees the SDK's own
/// exceptions (never a Refit one), and the points change is sent exactly once whatever happens. (WireMock.Net's
/// EMPTY_RESPONSE and MALFORMED_RESPONSE_CHUNK faults answer here with a 200 whose body is empty or garbage, so
/// they read as format errors; a connection dropped before or during the answer is covered over the Kestrel
/// emulator in <see cref="OutcomeUnknownTests"/>.)
/// </summary>
public sealed class FaultMatrixTests : IDisposable
{
    private const string Success = """{"code":10000,"msg":"成功","data":{"cardNo":"e0582800","level":"1","state":"1"}}""";
    private readonly WireMockServer server = WireMockServer.Start();

    public enum Answer
    {
        Success,
        BusinessFailure,
        StringCodeFailure,
        BadRequest,
        Unauthorized,
        NotFound,
        Conflict,
        TooManyRequests,
        InternalServerError,
        BadGateway,
        ServiceUnavailable,
        GatewayTimeout,
        EmptyOk,
        NoContent,
        MalformedJson,
        HtmlOk,
        JsonArray,
        SuccessWithoutData,
        NoCode,
        DelayBeyondTimeout,
        EmptyResponseFault,
        MalformedChunkFault,
    }

    public static TheoryData<Answer, Type> Cases => new()
    {
        { Answer.Success, typeof(ErpMember) },
        { Answer.BusinessFailure, typeof(MemberCardsApiException) },
        { Answer.StringCodeFailure, typeof(MemberCardsApiException) },
        { Answer.BadRequest, typeof(MemberCardsApiException) },
        { Answer.Unauthorized, typeof(MemberCardsApiException) },
        { Answer.NotFound, typeof(MemberCardsApiException) },
        { Answer.Conflict, typeof(MemberCardsApiException) },
        { Answer.TooManyRequests, typeof(MemberCardsApiException) },
        { Answer.InternalServerError, typeof(MemberCardsOutcomeUnknownException) },
        { Answer.BadGateway, typeof(MemberCardsOutcomeUnknownException) },
        { Answer.ServiceUnavailable, typeof(MemberCardsOutcomeUnknownException) },
        { Answer.GatewayTimeout, typeof(MemberCardsOutcomeUnknownException) },
        { Answer.EmptyOk, typeof(MemberCardsFormatException) },
        { Answer.NoContent, typeof(MemberCardsFormatException) },
        { Answer.MalformedJson, typeof(MemberCardsFormatException) },
        { Answer.HtmlOk, typeof(MemberCardsFormatException) },
        { Answer.JsonArray, typeof(MemberCardsFormatException) },
        { Answer.SuccessWithoutData, typeof(MemberCardsFormatException) },
        { Answer.NoCode, typeof(MemberCardsFormatException) },
        { Answer.DelayBeyondTimeout, typeof(MemberCardsOutcomeUnknownException) },
        { Answer.EmptyResponseFault, typeof(MemberCardsFormatException) },
        { Answer.MalformedChunkFault, typeof(MemberCardsFormatException) },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_answer_becomes_a_member_or_an_sdk_exception_and_the_post_is_sent_exactly_once(Answer answer, Type expected)
    {
        server.Given(Request.Create().WithPath("/api/user/memberPoints").UsingPost()).RespondWith(Respond(answer));
        var services = new ServiceCollection();
        services.AddMemberCards().AddErpPoints().Configure(o =>
        {
            o.BaseAddress = new Uri(server.Url + "/api/");
            o.Timeout = TimeSpan.FromSeconds(answer == Answer.DelayBeyondTimeout ? 2 : 30);
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IErpPointsClient>();

        object outcome;
        try
        {
            outcome = await client.ChangeMemberPointsAsync(new MemberPointsChangeRequest { Mobile = "13800001111", PointsChanges = 10, PointsRemaining = 100, PointsUsed = 0 });
        }
        catch (Exception ex)
        {
            outcome = ex;
            for (Exception? e = ex; e is not null; e = e.InnerException)
            {
                Assert.False(e.GetType().Namespace?.StartsWith("Refit", StringComparison.Ordinal), $"A Refit exception escaped: {e}");
            }

            Assert.Equal(ErpConstants.ServiceName, ((MemberCardsException)ex).Service);
        }

        Assert.IsType(expected, outcome);
        if (answer == Answer.DelayBeyondTimeout)
        {
            // WireMock.Net logs a request once it has answered it (6 s after it arrived).
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            while (!server.LogEntries.Any())
            {
                await Task.Delay(50, patience.Token);
            }
        }

        var posts = server.LogEntries.Where(e => e.RequestMessage.Method == "POST" && e.RequestMessage.Path == "/api/user/memberPoints").ToList();
        Assert.Single(posts);
        Assert.Equal("application/json; charset=utf-8", posts[0].RequestMessage.Headers!["Content-Type"].Single());
        Assert.Equal("""{"mobile":"13800001111","pointsChanges":10,"pointsRemaining":100,"pointsUsed":0}""", posts[0].RequestMessage.Body);
        switch (outcome)
        {
            case MemberCardsOutcomeUnknownException unknown when answer is Answer.InternalServerError or Answer.BadGateway or Answer.ServiceUnavailable or Answer.GatewayTimeout:
                Assert.NotNull(unknown.StatusCode);
                Assert.IsType<MemberCardsApiException>(unknown.InnerException);
                break;
            case MemberCardsOutcomeUnknownException unknown when answer is Answer.DelayBeyondTimeout:
                Assert.IsType<TimeoutException>(unknown.InnerException);
                break;
            case MemberCardsApiException api when answer is Answer.BusinessFailure or Answer.StringCodeFailure:
                Assert.Equal("20000", api.ErrorCode);
                Assert.Equal("会员137****4321已冻结", api.ErrorMessage);
                Assert.DoesNotContain("13787654321", api.Message, StringComparison.Ordinal);
                break;
        }
    }

    public void Dispose() => server.Dispose();

    private static IResponseBuilder Respond(Answer answer) => answer switch
    {
        Answer.Success => Json(200, Success),
        Answer.BusinessFailure => Json(200, """{"code":20000,"msg":"会员13787654321已冻结","info":{}}"""),
        Answer.StringCodeFailure => Json(200, """{"code":"20000","msg":"会员13787654321已冻结","info":{"mobile":"13787654321"}}"""),
        Answer.BadRequest => Json(400, """{"code":40000,"msg":"bad request"}"""),
        Answer.Unauthorized => Json(401, """{"code":40001,"msg":"签名验证失败"}"""),
        Answer.NotFound => Response.Create().WithStatusCode(404).WithBody("<html>not found</html>"),
        Answer.Conflict => Json(409, """{"code":40900,"msg":"conflict"}"""),
        Answer.TooManyRequests => Json(429, """{"code":42900,"msg":"too many requests"}"""),
        Answer.InternalServerError => Response.Create().WithStatusCode(500).WithBody("oops"),
        Answer.BadGateway => Response.Create().WithStatusCode(502).WithBody("<html>502</html>"),
        Answer.ServiceUnavailable => Response.Create().WithStatusCode(503),
        Answer.GatewayTimeout => Json(504, """{"code":50400,"msg":"timeout"}"""),
        Answer.EmptyOk => Response.Create().WithStatusCode(200),
        Answer.NoContent => Response.Create().WithStatusCode(204),
        Answer.MalformedJson => Json(200, """{"code":10000,"msg":"成功","data":{"""),
        Answer.HtmlOk => Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/html").WithBody("<html><body>hello</body></html>"),
        Answer.JsonArray => Json(200, "[1,2,3]"),
        Answer.SuccessWithoutData => Json(200, """{"code":10000,"msg":"成功"}"""),
        Answer.NoCode => Json(200, """{"msg":"成功","data":{}}"""),
        Answer.DelayBeyondTimeout => Json(200, Success).WithDelay(TimeSpan.FromSeconds(6)),
        Answer.EmptyResponseFault => Response.Create().WithFault(FaultType.EMPTY_RESPONSE),
        Answer.MalformedChunkFault => Json(200, Success).WithFault(FaultType.MALFORMED_RESPONSE_CHUNK),
        _ => throw new ArgumentOutOfRangeException(nameof(answer)),
    };

    private static IResponseBuilder Json(int status, string body)
        => Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json; charset=utf-8").WithBody(Encoding.UTF8.GetBytes(body));
}
