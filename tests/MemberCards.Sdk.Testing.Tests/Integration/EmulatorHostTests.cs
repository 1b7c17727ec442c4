using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.Testing.Tests.Integration;

public sealed class EmulatorHostTests : IAsyncLifetime
{
    private EmulatorHost host = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        host = await EmulatorHost.StartAsync(EchoRoutes.Map);
        client = new HttpClient { BaseAddress = host.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await host.DisposeAsync();
    }

    [Fact]
    public void The_host_listens_on_loopback_on_an_ephemeral_port()
    {
        Assert.Equal("http", host.BaseAddress.Scheme);
        Assert.Equal("127.0.0.1", host.BaseAddress.Host);
        Assert.NotEqual(0, host.BaseAddress.Port);
        Assert.Equal("/", host.BaseAddress.AbsolutePath);
    }

    [Fact]
    public async Task Past_the_cap_the_oldest_requests_are_dropped_and_the_count_stays_at_the_cap()
    {
        Assert.Equal(10_000, host.MaxRecordedRequests);
        host.MaxRecordedRequests = 3;
        var seen = 0;
        host.RequestRecorded += _ => Interlocked.Increment(ref seen);

        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync(new Uri($"ok?n={i}", UriKind.Relative));
        }

        Assert.Equal(["?n=2", "?n=3", "?n=4"], host.Requests.Select(r => r.Query));
        Assert.Equal(5, seen);

        host.MaxRecordedRequests = 1;
        Assert.Equal("?n=4", Assert.Single(host.Requests).Query);
        Assert.Throws<ArgumentOutOfRangeException>(() => host.MaxRecordedRequests = 0);
    }

    [Fact]
    public async Task Routes_answer_over_real_HTTP()
    {
        using var response = await client.GetAsync(new Uri("ok", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(EchoRoutes.Json, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_request_is_recorded_exactly_as_sent()
    {
        byte[] body = [.. "{\"name\":\"张三\"}"u8, 0x00, 0xFF, 0x0A];
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("v3/brand/partner/card-member/user-cards/65%2A30/confirm?brand_id=1200&q=%E4%BC%9A%E5%91%98&empty=&flag", UriKind.Relative))
        {
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("Authorization", "WECHATPAY2-SHA256-RSA2048 mchid=\"1900007291\",nonce_str=\"abc\"");
        request.Headers.Add("Wechatpay-Serial", "PUB_KEY_ID_0000000000000024101100397200000006");
        request.Headers.Add("X-Repeated", ["one", "two"]);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var recorded = Assert.Single(host.Requests);
        Assert.Equal("POST", recorded.Method);
        Assert.Equal("/v3/brand/partner/card-member/user-cards/65%2A30/confirm", recorded.Path);
        Assert.Equal("?brand_id=1200&q=%E4%BC%9A%E5%91%98&empty=&flag", recorded.Query);
        Assert.Equal("/v3/brand/partner/card-member/user-cards/65%2A30/confirm?brand_id=1200&q=%E4%BC%9A%E5%91%98&empty=&flag", recorded.PathAndQuery);
        Assert.Equal(body, recorded.Body.ToArray());
        Assert.Equal(Encoding.UTF8.GetString(body), recorded.BodyText);
        Assert.Equal("WECHATPAY2-SHA256-RSA2048 mchid=\"1900007291\",nonce_str=\"abc\"", recorded.Header("authorization"));
        Assert.Equal("PUB_KEY_ID_0000000000000024101100397200000006", recorded.Headers["WECHATPAY-SERIAL"]);
        Assert.Equal("application/json", recorded.Header("Content-Type"));
        Assert.Equal("one, two", recorded.Header("X-Repeated"));
        Assert.Equal(body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), recorded.Header("Content-Length"));
        Assert.Null(recorded.Header("X-Absent"));
        Assert.Equal($"POST {recorded.PathAndQuery} ({body.Length} bytes)", recorded.ToString());
    }

    [Fact]
    public async Task The_route_still_reads_the_body_after_it_was_recorded()
    {
        using var response = await client.PostAsync(new Uri("echo", UriKind.Relative), new StringContent("12345"));
        Assert.Equal("{\"length\":5}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Requests_are_kept_in_order_and_can_be_cleared()
    {
        await client.GetStringAsync(new Uri("ok", UriKind.Relative));
        await client.GetStringAsync(new Uri("other?x=1", UriKind.Relative));
        Assert.Equal(["/ok", "/other?x=1"], host.Requests.Select(r => r.PathAndQuery));
        Assert.Equal(string.Empty, host.Requests[0].Query);
        Assert.True(host.Requests[0].Body.IsEmpty);
        host.ClearRequests();
        Assert.Empty(host.Requests);
        await client.GetStringAsync(new Uri("ok", UriKind.Relative));
        Assert.Single(host.Requests);
    }

    [Fact]
    public async Task Requests_to_unknown_routes_are_recorded_and_answered_404()
    {
        using var response = await client.GetAsync(new Uri("missing", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("/missing", Assert.Single(host.Requests).Path);
    }

    [Fact]
    public async Task A_status_fault_answers_with_its_status_and_body_instead_of_the_route()
    {
        host.Faults.Next(Fault.Status(503, "{\"code\":\"SYSTEM_ERROR\",\"message\":\"系统错误\"}"));
        using var response = await client.GetAsync(new Uri("ok", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("{\"code\":\"SYSTEM_ERROR\",\"message\":\"系统错误\"}", await response.Content.ReadAsStringAsync());
        Assert.Single(host.Requests);
    }

    [Fact]
    public async Task A_status_fault_without_body_sends_an_empty_body()
    {
        host.Faults.Next(Fault.Status(429));
        using var response = await client.GetAsync(new Uri("ok", UriKind.Relative));
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_delay_fault_answers_normally_afterwards()
    {
        host.Faults.Next(Fault.Wait(TimeSpan.FromMilliseconds(20)));
        Assert.Equal(EchoRoutes.Json, await client.GetStringAsync(new Uri("ok", UriKind.Relative)));
    }

    [Fact]
    public async Task A_delay_fault_is_cut_short_when_the_client_cancels()
    {
        host.Faults.Next(Fault.Wait(TimeSpan.FromMinutes(5)));
        using var cancellation = new CancellationTokenSource();
        var call = client.GetAsync(new Uri("ok", UriKind.Relative), cancellation.Token);
        await WaitForRequestsAsync(1);
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        // The server is free again at once: the next request is not delayed.
        Assert.Equal(EchoRoutes.Json, await client.GetStringAsync(new Uri("ok", UriKind.Relative)));
    }

    [Fact]
    public async Task A_delay_fault_longer_than_the_client_timeout_surfaces_as_a_timeout()
    {
        host.Faults.Next(Fault.Wait(TimeSpan.FromMinutes(5)));
        using var impatient = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromMilliseconds(200) };
        var ex = await Assert.ThrowsAsync<TaskCanceledException>(() => impatient.GetAsync(new Uri("ok", UriKind.Relative)));
        Assert.IsType<TimeoutException>(ex.InnerException);
    }

    [Fact]
    public async Task A_dropped_connection_is_an_HttpRequestException_on_the_client()
    {
        host.Faults.Next(Fault.DropConnection());
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri("ok", UriKind.Relative)));
        Assert.Single(host.Requests);
        Assert.Equal(EchoRoutes.Json, await client.GetStringAsync(new Uri("ok", UriKind.Relative)));
    }

    [Fact]
    public async Task A_truncated_body_fails_while_the_client_reads_it()
    {
        host.Faults.Next(Fault.TruncatedBody());
        using var response = await client.GetAsync(new Uri("ok", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Encoding.UTF8.GetByteCount(EchoRoutes.Json), response.Content.Headers.ContentLength);
        var ex = await Record.ExceptionAsync(() => response.Content.ReadAsByteArrayAsync());
        Assert.True(ex is HttpRequestException or IOException, $"expected an I/O failure, got {ex?.GetType().Name ?? "none"}");
    }

    [Fact]
    public async Task A_truncated_body_fails_a_buffered_request_with_HttpRequestException()
    {
        host.Faults.Next(Fault.TruncatedBody());
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri("ok", UriKind.Relative)));
    }

    [Fact]
    public async Task A_non_JSON_body_fault_answers_200_with_HTML()
    {
        host.Faults.Next(Fault.NonJsonBody());
        using var response = await client.GetAsync(new Uri("ok", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("<html><body>502 Bad Gateway</body></html>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_non_JSON_body_fault_sends_the_given_body()
    {
        host.Faults.Next(Fault.NonJsonBody("upstream timed out"));
        Assert.Equal("upstream timed out", await client.GetStringAsync(new Uri("ok", UriKind.Relative)));
    }

    [Fact]
    public async Task A_fault_applies_only_to_matching_paths_and_only_the_given_number_of_times()
    {
        host.Faults.Next(Fault.Status(500), pathContains: "/other", times: 2);
        Assert.Equal(1, host.Faults.Pending);
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync("ok"));
        Assert.Equal(HttpStatusCode.InternalServerError, await StatusOfAsync("other"));
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync("ok"));
        Assert.Equal(HttpStatusCode.InternalServerError, await StatusOfAsync("other?page=2"));
        Assert.Equal(0, host.Faults.Pending);
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync("other"));
        Assert.Equal(5, host.Requests.Count);
    }

    [Fact]
    public async Task Faults_are_taken_in_order()
    {
        host.Faults.Next(Fault.Status(502)).Next(Fault.Status(503)).Next(Fault.NonJsonBody("x"), times: 1);
        Assert.Equal(3, host.Faults.Pending);
        Assert.Equal(HttpStatusCode.BadGateway, await StatusOfAsync("ok"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await StatusOfAsync("ok"));
        Assert.Equal("x", await client.GetStringAsync(new Uri("ok", UriKind.Relative)));
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync("ok"));
    }

    [Fact]
    public async Task A_later_fault_for_another_path_does_not_wait_behind_an_earlier_one()
    {
        host.Faults.Next(Fault.Status(500), pathContains: "/other").Next(Fault.Status(418), pathContains: "/ok");
        Assert.Equal((HttpStatusCode)418, await StatusOfAsync("ok"));
        Assert.Equal(1, host.Faults.Pending);
        Assert.Equal(HttpStatusCode.InternalServerError, await StatusOfAsync("other"));
    }

    [Fact]
    public async Task Clearing_the_script_removes_pending_faults()
    {
        host.Faults.Next(Fault.DropConnection(), times: 3);
        host.Faults.Clear();
        Assert.Equal(0, host.Faults.Pending);
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync("ok"));
    }

    [Fact]
    public void Fault_script_argument_checks()
    {
        Assert.Throws<ArgumentNullException>(() => host.Faults.Next(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => host.Faults.Next(Fault.DropConnection(), times: 0));
    }

    [Fact]
    public void Faults_describe_themselves()
    {
        Assert.Equal("status 503", Fault.Status(503).ToString());
        Assert.Equal("delay 00:00:02", Fault.Wait(TimeSpan.FromSeconds(2)).ToString());
        Assert.Equal("DropConnection", Fault.DropConnection().ToString());
        Assert.Equal(FaultKind.TruncatedBody, Fault.TruncatedBody().Kind);
        Assert.Equal(FaultKind.RawBody, Fault.NonJsonBody().Kind);
        Assert.Equal(TimeSpan.FromSeconds(2), Fault.Wait(TimeSpan.FromSeconds(2)).Delay);
        Assert.Equal("b", Fault.Status(400, "b").Body);
        Assert.Equal(400, Fault.Status(400, "b").StatusCode);
    }

    private async Task<HttpStatusCode> StatusOfAsync(string relative)
    {
        using var response = await client.GetAsync(new Uri(relative, UriKind.Relative));
        return response.StatusCode;
    }

    private async Task WaitForRequestsAsync(int count)
    {
        var watch = Stopwatch.StartNew();
        while (host.Requests.Count < count)
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), "the request never reached the emulator");
            await Task.Delay(5);
        }
    }
}
