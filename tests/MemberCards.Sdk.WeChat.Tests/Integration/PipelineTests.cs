using System.Net;
using MemberCards.Sdk.WeChat.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace MemberCards.Sdk.WeChat.Tests.Integration;

/// <summary>The WeChat pipeline: fault matrix (WireMock.Net), request counting, token renewal and the AddApi extension point (emulator).</summary>
public sealed class PipelineTests : IDisposable
{
    private readonly WireMockServer stub = WireMockServer.Start();

    public PipelineTests()
    {
        stub.Given(Request.Create().WithPath("/cgi-bin/stable_token").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"access_token":"STUB_TOKEN","expires_in":7200}"""));
    }

    public static TheoryData<string, int, string, Type> Faults => new()
    {
        { "500", 500, "{}", typeof(MemberCardsOutcomeUnknownException) },
        { "502", 502, "<html>bad gateway</html>", typeof(MemberCardsOutcomeUnknownException) },
        { "503", 503, string.Empty, typeof(MemberCardsOutcomeUnknownException) },
        { "400", 400, "bad", typeof(MemberCardsApiException) },
        { "404", 404, string.Empty, typeof(MemberCardsApiException) },
        { "429", 429, string.Empty, typeof(MemberCardsApiException) },
        { "empty 200", 200, string.Empty, typeof(MemberCardsFormatException) },
        { "malformed json", 200, "{\"errcode\":0,", typeof(MemberCardsFormatException) },
        { "html 200", 200, "<html>login</html>", typeof(MemberCardsFormatException) },
        { "json null", 200, "null", typeof(MemberCardsFormatException) },
        { "wrong shape", 200, "{\"errcode\":\"zero\"}", typeof(MemberCardsFormatException) },
        { "wiremock EMPTY_RESPONSE", -1, string.Empty, typeof(MemberCardsFormatException) },
        { "wiremock MALFORMED_RESPONSE_CHUNK", -2, string.Empty, typeof(MemberCardsFormatException) },
        { "errcode", 200, "{\"errcode\":40073,\"errmsg\":\"invalid card_id rid: 1-2-3\"}", typeof(MemberCardsApiException) },
    };

    public void Dispose() => stub.Dispose();

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task No_Refit_exception_escapes_an_answer_fault(string fault, int status, string body, Type expected)
    {
        var answer = status switch
        {
            -1 => Response.Create().WithFault(FaultType.EMPTY_RESPONSE),
            -2 => Response.Create().WithFault(FaultType.MALFORMED_RESPONSE_CHUNK),
            _ => Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body),
        };
        stub.Given(Request.Create().WithPath("/card/delete").UsingPost()).RespondWith(answer);
        await using var sdk = StubHost();

        var ex = await Assert.ThrowsAnyAsync<Exception>(() => sdk.GetRequiredService<IWeChatCardClient>().DeleteCardAsync(new WeChatCardIdRequest { CardId = "pCard" }));

        Assert.True(expected == ex.GetType(), $"{fault}: {ex.GetType().Name}: {ex.Message}");
        AssertNoRefitType(ex);
        Assert.Equal(1, stub.LogEntries.Count(e => e.RequestMessage.Path == "/card/delete"));
    }

    [Fact]
    public async Task Every_endpoint_checks_before_sending_and_names_itself_when_the_answer_is_json_null()
    {
        stub.Given(Request.Create().WithPath("/card/delete").UsingPost()).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("null"));
        await using var sdk = StubHost();
        var client = sdk.GetRequiredService<IWeChatCardClient>();

        // Thrown by the call itself, before a task exists: nothing was sent.
        Assert.Throws<ArgumentNullException>(() => { _ = client.DeleteCardAsync(null!); });
        var invalid = Assert.Throws<MemberCardsValidationException>(() => { _ = client.DeleteCardAsync(new WeChatCardIdRequest()); });
        var ex = await Assert.ThrowsAsync<MemberCardsFormatException>(() => client.DeleteCardAsync(new WeChatCardIdRequest { CardId = "pCard" }));

        Assert.Contains("card_id", invalid.Message, StringComparison.Ordinal);
        Assert.Contains("the answer of DeleteCard", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, stub.LogEntries.Count(e => e.RequestMessage.Path == "/card/delete"));
    }

    [Fact]
    public async Task No_Refit_exception_escapes_a_dropped_connection_and_the_post_outcome_is_unknown()
    {
        await using var server = new DroppingServer();
        var services = new ServiceCollection();
        services.AddMemberCards().AddWeChatCards(o =>
        {
            o.AppId = WeChatTestHosts.AppId;
            o.AppSecret = WeChatTestHosts.AppSecret;
            o.BaseAddress = server.BaseAddress;
        });
        await using var sdk = services.BuildServiceProvider();

        var ex = await Assert.ThrowsAsync<MemberCardsOutcomeUnknownException>(() => sdk.GetRequiredService<IWeChatCardClient>().DeleteCardAsync(new WeChatCardIdRequest { CardId = "pCard" }));

        Assert.Null(ex.StatusCode);
        AssertNoRefitType(ex);
        Assert.Equal(1, server.Dropped);
    }

    [Fact]
    public async Task No_Refit_exception_escapes_an_attempt_timeout_and_the_post_outcome_is_unknown()
    {
        stub.Given(Request.Create().WithPath("/card/delete").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("{\"errcode\":0,\"errmsg\":\"ok\"}").WithDelay(TimeSpan.FromSeconds(3)));
        await using var sdk = StubHost(o => o.Timeout = TimeSpan.FromMilliseconds(1500));

        var ex = await Assert.ThrowsAsync<MemberCardsOutcomeUnknownException>(() => sdk.GetRequiredService<IWeChatCardClient>().DeleteCardAsync(new WeChatCardIdRequest { CardId = "pCard" }));

        AssertNoRefitType(ex);
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(1, stub.LogEntries.Count(e => e.RequestMessage.Path == "/card/delete"));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task A_post_answered_5xx_is_sent_exactly_once_and_its_outcome_is_unknown(int status)
    {
        stub.Given(Request.Create().WithPath("/card/membercard/updateuser").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(status).WithBody("{\"errcode\":-1,\"errmsg\":\"system error\"}"));
        await using var sdk = StubHost();

        var ex = await Assert.ThrowsAsync<MemberCardsOutcomeUnknownException>(() => sdk.GetRequiredService<IWeChatCardClient>().UpdateMemberAsync(new WeChatUpdateMemberRequest { CardId = "pCard", Code = "123456", AddBonus = 10 }));

        Assert.Equal(status, ex.StatusCode);
        Assert.Equal(status, Assert.IsType<MemberCardsApiException>(ex.InnerException).StatusCode);
        Assert.Equal(1, stub.LogEntries.Count(e => e.RequestMessage.Path == "/card/membercard/updateuser"));
    }

    [Fact]
    public async Task Every_retry_of_a_get_is_counted_with_the_service_registration_and_operation()
    {
        stub.Given(Request.Create().WithPath("/card/getcolors").UsingGet()).RespondWith(Response.Create().WithStatusCode(503));
        var retries = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == MemberCardsTelemetry.Name && instrument.Name == MemberCardsTelemetry.RetriesInstrument)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var text = string.Join(",", tags.ToArray().Select(t => $"{t.Key}={t.Value}"));
            if (text.Contains("registration=counted", StringComparison.Ordinal))
            {
                retries.Enqueue($"{value}:{text}");
            }
        });
        listener.Start();
        var services = new ServiceCollection();
        services.AddMemberCards().AddWeChatCards("counted").Configure(o =>
        {
            o.AppId = WeChatTestHosts.AppId;
            o.AppSecret = WeChatTestHosts.AppSecret;
            o.BaseAddress = new Uri(stub.Url!);
        }).AddApi<IWeChatColorsApi>(ColorsJsonContext.Default);
        await using var sdk = services.BuildServiceProvider();

        await Assert.ThrowsAsync<MemberCardsApiException>(() => sdk.GetRequiredKeyedService<IWeChatColorsApi>("counted").GetColorsAsync());

        Assert.Equal(Enumerable.Repeat("1:service=WeChat,registration=counted,operation=GetColors", WeChatHttpPipeline.MaxRetryAttempts), retries);
    }

    [Fact]
    public async Task A_get_answered_503_is_retried_and_a_post_of_the_same_api_is_not()
    {
        stub.Given(Request.Create().WithPath("/card/getcolors").UsingGet()).RespondWith(Response.Create().WithStatusCode(503));
        stub.Given(Request.Create().WithPath("/card/user/getcardlist").UsingPost()).RespondWith(Response.Create().WithStatusCode(503));
        await using var sdk = StubHost(more: b => b.AddApi<IWeChatColorsApi>(ColorsJsonContext.Default));
        var api = sdk.GetRequiredService<IWeChatColorsApi>();

        var get = await Assert.ThrowsAsync<MemberCardsApiException>(() => api.GetColorsAsync());
        var post = await Assert.ThrowsAsync<MemberCardsOutcomeUnknownException>(() => api.GetCardListAsync(new CardListRequest { OpenId = "oUser" }));

        Assert.Equal(503, get.StatusCode);
        Assert.Equal(503, post.StatusCode);
        Assert.Equal(1 + WeChatHttpPipeline.MaxRetryAttempts, stub.LogEntries.Count(e => e.RequestMessage.Path == "/card/getcolors"));
        Assert.Equal(1, stub.LogEntries.Count(e => e.RequestMessage.Path == "/card/user/getcardlist"));
        Assert.All(stub.LogEntries.Where(e => e.RequestMessage.Path == "/card/getcolors"), e => Assert.Equal("STUB_TOKEN", e.RequestMessage.Query!["access_token"].Single()));
    }

    [Fact]
    public async Task The_get_retries_are_tuned_with_the_standard_retry_options_and_a_post_stays_unretried()
    {
        stub.Given(Request.Create().WithPath("/card/getcolors").UsingGet()).RespondWith(Response.Create().WithStatusCode(502));
        stub.Given(Request.Create().WithPath("/card/user/getcardlist").UsingPost()).RespondWith(Response.Create().WithStatusCode(502));
        await using var sdk = StubHost(more: b => b
            .ConfigureRetry(o =>
            {
                o.MaxRetryAttempts = 4;
                o.Delay = TimeSpan.FromMilliseconds(10);
                o.ShouldHandle = _ => ValueTask.FromResult(true);   // ignored: the SDK decides what is retried
            })
            .AddApi<IWeChatColorsApi>(ColorsJsonContext.Default));
        var api = sdk.GetRequiredService<IWeChatColorsApi>();

        await Assert.ThrowsAsync<MemberCardsApiException>(() => api.GetColorsAsync());
        await Assert.ThrowsAsync<MemberCardsOutcomeUnknownException>(() => api.GetCardListAsync(new CardListRequest { OpenId = "oUser" }));

        Assert.Equal(5, stub.LogEntries.Count(e => e.RequestMessage.Path == "/card/getcolors"));
        Assert.Equal(1, stub.LogEntries.Count(e => e.RequestMessage.Path == "/card/user/getcardlist"));
    }

    [Fact]
    public async Task AddApi_calls_an_endpoint_the_sdk_does_not_model_with_the_token_and_its_one_renewal()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator, more: b => b.AddWeChatCards().AddApi<IWeChatColorsApi>(ColorsJsonContext.Default));
        var api = sdk.GetRequiredService<IWeChatColorsApi>();
        var first = await api.GetColorsAsync();
        var oldToken = await sdk.GetRequiredService<IWeChatAccessTokenProvider>().GetAccessTokenAsync();

        emulator.RevokeTokens(WeChatTestHosts.AppId);
        var second = await api.GetColorsAsync();
        var newToken = await sdk.GetRequiredService<IWeChatAccessTokenProvider>().GetAccessTokenAsync();

        Assert.Equal(14, first.Colors!.Count);
        Assert.Equal("#63b359", second.Colors!.Single(c => c.Name == "Color010").Value);
        var calls = emulator.Requests.Where(r => r.Path == "/card/getcolors").ToList();
        Assert.Equal(3, calls.Count);
        Assert.Equal(["?access_token=" + oldToken, "?access_token=" + oldToken, "?access_token=" + Uri.EscapeDataString(newToken)], calls.Select(c => c.Query));
        Assert.NotEqual(oldToken, newToken);
        Assert.Equal(2, emulator.TokenRequestCount(WeChatTestHosts.AppId));
    }

    [Fact]
    public async Task CreateApi_serves_a_named_registration_and_refuses_an_unknown_name()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync(configure: o => o.Apps["wxBrandB000000001"] = "secret-of-brand-b");
        await using var sdk = WeChatTestHosts.Build(emulator, more: b => b.AddWeChatCards("brandB").Configure(o =>
        {
            o.AppId = "wxBrandB000000001";
            o.AppSecret = "secret-of-brand-b";
            o.BaseAddress = emulator.BaseAddress;
        }).AddApi<IWeChatColorsApi>(ColorsJsonContext.Default));
        var factory = sdk.GetRequiredService<IWeChatClientFactory>();

        var keyed = sdk.GetRequiredKeyedService<IWeChatColorsApi>("brandB");
        var colors = await factory.CreateApi<IWeChatColorsApi>("brandB").GetColorsAsync();
        await keyed.GetColorsAsync();

        Assert.Equal(14, colors.Colors!.Count);
        Assert.Equal(1, emulator.TokenRequestCount("wxBrandB000000001"));
        Assert.Equal(0, emulator.TokenRequestCount(WeChatTestHosts.AppId));
        var ex = Assert.Throws<InvalidOperationException>(() => factory.CreateApi<IWeChatColorsApi>("brandC"));
        Assert.Contains("MemberCards:WeChat(brandC)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_api_error_through_AddApi_is_the_sdk_exception_with_the_errcode()
    {
        stub.Given(Request.Create().WithPath("/card/getcolors").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("{\"errcode\":48001,\"errmsg\":\"api unauthorized rid: 6571f5d1-1e1e3a2d-0a0b9fa4\"}"));
        await using var sdk = StubHost(more: b => b.AddApi<IWeChatColorsApi>(ColorsJsonContext.Default));

        var ex = await Assert.ThrowsAsync<MemberCardsApiException>(() => sdk.GetRequiredService<IWeChatColorsApi>().GetColorsAsync());

        Assert.Equal(("48001", "6571f5d1-1e1e3a2d-0a0b9fa4"), (ex.ErrorCode, ex.RequestId));
        Assert.Equal(1, stub.LogEntries.Count(e => e.RequestMessage.Path == "/card/getcolors"));
    }

    private static void AssertNoRefitType(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            Assert.False(e.GetType().Assembly == typeof(Refit.ApiException).Assembly, $"A Refit exception escaped: {e.GetType().FullName}");
        }
    }

    private ServiceProvider StubHost(Action<WeChatCardsOptions>? configure = null, Action<WeChatCardsBuilder>? more = null)
    {
        var services = new ServiceCollection();
        var builder = services.AddMemberCards().AddWeChatCards(o =>
        {
            o.AppId = WeChatTestHosts.AppId;
            o.AppSecret = WeChatTestHosts.AppSecret;
            o.BaseAddress = new Uri(stub.Url!);
            configure?.Invoke(o);
        });
        more?.Invoke(builder);
        return services.BuildServiceProvider();
    }
}
