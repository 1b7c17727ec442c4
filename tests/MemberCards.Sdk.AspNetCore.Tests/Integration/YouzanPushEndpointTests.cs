using System.Net;
using System.Net.Http.Headers;
using MemberCards.Sdk.AspNetCore.Tests.Support;
using MemberCards.Sdk.Testing;
using MemberCards.Sdk.Testing.Youzan;
using MemberCards.Sdk.Youzan;

namespace MemberCards.Sdk.AspNetCore.Tests.Integration;

public sealed class YouzanPushEndpointTests : IAsyncLifetime
{
    private const string ClientId = "6f6d1e2b8c0a4d1e9a11";
    private const string ClientSecret = "youzan-endpoint-test-secret";
    private static readonly DateTimeOffset EventTime = new(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));
    private ReceiverHost host = null!;

    public async Task InitializeAsync()
        => host = await ReceiverHost.StartAsync(
            b =>
            {
                b.AddYouzan().Configure(o =>
                {
                    o.ClientId = ClientId;
                    o.ClientSecret = ClientSecret;
                    o.MaxMessageBytes = 2048;
                }).AddYouzanRecorder();
            },
            app => app.MapYouzanPush("/youzan/push"));

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_signed_customer_card_push_reaches_the_typed_handler_and_is_acknowledged()
    {
        using var youzan = new YouzanPushEmulator(ClientId, ClientSecret);
        var push = youzan.CustomerCardPush("E20261122001", "card-alias-1", "CUSTOMER_CARD_TAKEN", "13800001111", 0, 0, EventTime);

        var answer = await youzan.SendAsync(host.Url("/youzan/push"), push);

        Assert.True(answer.Acknowledged, answer.ToString());
        Assert.Equal("""{"code":0,"msg":"success"}""", answer.Body);
        var handled = Assert.Single(host.Handled.Of<YouzanCustomerCardEvent>());
        Assert.Equal("E20261122001", handled.CardNo);
        Assert.Equal("13800001111", handled.Mobile);
        Assert.Equal(YouzanCustomerCardStatus.Taken, handled.Status);
    }

    [Fact]
    public async Task A_push_signed_with_another_secret_is_refused_with_401_and_not_handled()
    {
        using var forger = new YouzanPushEmulator(ClientId, "not-the-secret");
        var answer = await forger.SendAsync(host.Url("/youzan/push"), forger.CustomerCardPush("E1", "a", "CUSTOMER_CARD_TAKEN", "13800001111", 0, 0, EventTime));

        Assert.Equal(401, answer.StatusCode);
        Assert.False(answer.Acknowledged);
        Assert.Empty(host.Handled.All);
    }

    [Fact]
    public async Task A_resent_push_is_acknowledged_without_running_the_handler_again()
    {
        using var youzan = new YouzanPushEmulator(ClientId, ClientSecret) { Style = YouzanPushStyle.Cloud };
        var push = youzan.CustomerCardPush("E20261122002", "card-alias-1", "CUSTOMER_CARD_TAKEN", "13800002222", 0, 0, EventTime);

        var first = await youzan.SendAsync(host.Url("/youzan/push"), push);
        var again = await youzan.SendAsync(host.Url("/youzan/push"), push.AsRetry());

        Assert.True(first.Acknowledged);
        Assert.True(again.Acknowledged);
        Assert.Single(host.Handled.Of<YouzanCustomerCardEvent>());
    }

    [Fact]
    public async Task A_body_over_MaxMessageBytes_is_refused_with_413_before_verification()
    {
        using var youzan = new YouzanPushEmulator(ClientId, ClientSecret);
        var big = youzan.Push("SCRM_CUSTOMER_CARD", "CUSTOMER_CARD_TAKEN", "E3", $$"""{"card_no":"E3","remark":"{{new string('x', 3000)}}"}""", 1);

        var answer = await youzan.SendAsync(host.Url("/youzan/push"), big);

        Assert.Equal(413, answer.StatusCode);
        Assert.False(answer.Acknowledged);
        Assert.Empty(host.Handled.All);
    }

    [Fact]
    public async Task A_chunked_body_over_the_cap_is_refused_with_413_too()
    {
        using var http = new HttpClient();
        using var content = new StreamContent(new MemoryStream(new byte[4096]));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, host.Url("/youzan/push")) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_throwing_handler_makes_Youzan_resend_and_the_resend_is_handled_exactly_once()
    {
        using var youzan = new YouzanPushEmulator(ClientId, ClientSecret);
        host.Handled.FailNext();
        var push = youzan.CustomerCardPush("E20261122004", "card-alias-1", "CUSTOMER_CARD_TAKEN", "13800004444", 0, 0, EventTime);

        var answers = await youzan.DeliverAsync(host.Url("/youzan/push"), push);
        var late = await youzan.SendAsync(host.Url("/youzan/push"), push.AsRetry().AsRetry());

        Assert.Equal([500, 200], answers.Select(a => a.StatusCode));
        Assert.False(answers[0].Acknowledged);
        Assert.True(answers[1].Acknowledged);
        Assert.True(late.Acknowledged);
        Assert.Equal(1, host.Handled.Failures);
        Assert.Equal("E20261122004", Assert.Single(host.Handled.Of<YouzanCustomerCardEvent>()).CardNo);
    }

    [Fact]
    public async Task A_health_check_is_acknowledged_without_a_signature()
    {
        using var youzan = new YouzanPushEmulator(ClientId, ClientSecret);
        var answer = await youzan.SendAsync(host.Url("/youzan/push"), YouzanPushEmulator.HealthCheck());

        Assert.True(answer.Acknowledged);
        Assert.Empty(host.Handled.All);
    }

    [Fact]
    public async Task A_body_that_is_not_a_push_is_refused_with_400()
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(host.Url("/youzan/push"), new StringContent("not json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_endpoint_logs_rejections_and_failures_with_stable_ids_and_never_a_secret_or_a_phone_number()
    {
        using var youzan = new YouzanPushEmulator(ClientId, ClientSecret);
        using var forger = new YouzanPushEmulator(ClientId, "forged-secret");
        host.Handled.FailNext();
        var push = youzan.CustomerCardPush("E20261122009", "card-alias-1", "CUSTOMER_CARD_TAKEN", "13812345678", 0, 0, EventTime);

        await forger.SendAsync(host.Url("/youzan/push"), forger.CustomerCardPush("E9", "a", "CUSTOMER_CARD_TAKEN", "13812345678", 0, 0, EventTime));
        await youzan.DeliverAsync(host.Url("/youzan/push"), push);
        await youzan.SendAsync(host.Url("/youzan/push"), push.AsRetry().AsRetry());

        var endpointEvents = host.Logs.Entries.Where(e => e.Category == "MemberCards.Sdk.AspNetCore").Select(e => e.EventId.Id).ToArray();
        Assert.Contains(9002, endpointEvents);
        Assert.Contains(9004, endpointEvents);
        Assert.Contains(9006, endpointEvents);
        Assert.DoesNotContain(ClientSecret, host.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", host.Logs.AllText, StringComparison.Ordinal);
    }
}
