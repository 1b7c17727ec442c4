using System.Net;
using System.Net.Http.Headers;
using MemberCards.Sdk.AspNetCore.Tests.Support;
using MemberCards.Sdk.Iot;
using MemberCards.Sdk.Testing.Iot;

namespace MemberCards.Sdk.AspNetCore.Tests.Integration;

public sealed class IotEventsEndpointTests : IAsyncLifetime
{
    private const string Token = "bridge-shared-secret";
    private ReceiverHost host = null!;
    private HttpClient http = null!;

    public async Task InitializeAsync()
    {
        host = await ReceiverHost.StartAsync(
            b => b.AddIotEvents().Configure(o => o.MaxMessageBytes = 4096).AddHandler<CustomerAddEvent, IotCustomerAddRecorder>(),
            app =>
            {
                app.MapIotEvents("/iot/events", o => o.AllowAnonymous = true);
                app.MapIotEvents("/iot/secured", o => o.AccessToken = Token);
                app.MapIotEvents("/iot/secured-anyway", o =>
                {
                    o.AccessToken = Token;
                    o.AllowAnonymous = true;
                });
            });
        http = new HttpClient();
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task A_customerAdd_posted_with_the_topic_header_reaches_the_typed_handler()
    {
        var status = await new IotHttpPublisher(http).PublishAsync(host.Url("/iot/events"), IotSamples.Topic, CustomerAdd(1090560337592619001));

        Assert.Equal(HttpStatusCode.OK, status);
        var handled = Assert.Single(host.Handled.Of<CustomerAddEvent>());
        Assert.Equal(1090560337592619001, handled.Id);
        Assert.Equal("张三", handled.Name);
    }

    [Fact]
    public async Task The_topic_may_come_in_the_query_string()
    {
        using var content = new ByteArrayContent(CustomerAdd(7).ToBytes());
        using var response = await http.PostAsync(host.Url("/iot/events?topic=" + Uri.EscapeDataString(IotSamples.Topic)), content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"status":"Handled"}""", await response.Content.ReadAsStringAsync());
        Assert.Single(host.Handled.Of<CustomerAddEvent>());
    }

    [Fact]
    public async Task A_message_without_a_topic_is_refused_with_400()
    {
        using var response = await http.PostAsync(host.Url("/iot/events"), new ByteArrayContent(CustomerAdd(8).ToBytes()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(host.Handled.All);
    }

    [Fact]
    public async Task AllowAnonymous_does_not_lift_a_token_that_is_set()
    {
        var none = await new IotHttpPublisher(http).PublishAsync(host.Url("/iot/secured-anyway"), IotSamples.Topic, CustomerAdd(10));

        Assert.Equal(HttpStatusCode.Unauthorized, none);
        Assert.Empty(host.Handled.All);
    }

    [Fact]
    public async Task A_bridge_without_the_right_token_is_refused_with_401_and_the_right_one_is_accepted()
    {
        var publisher = new IotHttpPublisher(http);
        var none = await publisher.PublishAsync(host.Url("/iot/secured"), IotSamples.Topic, CustomerAdd(9));
        using var forged = new HttpClient();
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "guessed");
        var wrong = await new IotHttpPublisher(forged).PublishAsync(host.Url("/iot/secured"), IotSamples.Topic, CustomerAdd(9));
        using var bridge = new HttpClient();
        bridge.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        var right = await new IotHttpPublisher(bridge).PublishAsync(host.Url("/iot/secured"), IotSamples.Topic, CustomerAdd(9));

        Assert.Equal(HttpStatusCode.Unauthorized, none);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong);
        Assert.Equal(HttpStatusCode.OK, right);
        Assert.Single(host.Handled.Of<CustomerAddEvent>());
    }

    [Fact]
    public async Task A_redelivered_message_is_answered_200_Duplicate_without_running_the_handler_again()
    {
        var payload = CustomerAdd(10).ToBytes();
        var publisher = new IotHttpPublisher(http);

        var first = await publisher.PublishAsync(host.Url("/iot/events"), IotSamples.Topic, payload);
        var again = await publisher.PublishAsync(host.Url("/iot/events"), IotSamples.Topic, payload);

        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Single(host.Handled.Of<CustomerAddEvent>());
    }

    [Fact]
    public async Task A_payload_over_MaxMessageBytes_is_refused_with_413()
    {
        var status = await new IotHttpPublisher(http).PublishAsync(host.Url("/iot/events"), IotSamples.Topic, new byte[5000]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Empty(host.Handled.All);
    }

    [Fact]
    public async Task A_malformed_payload_is_refused_with_400_so_it_is_not_redelivered_forever()
    {
        var status = await new IotHttpPublisher(http).PublishAsync(host.Url("/iot/events"), IotSamples.Topic, "{not json"u8.ToArray());

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task A_throwing_handler_gets_500_and_the_redelivery_is_handled_exactly_once()
    {
        host.Handled.FailNext();
        var payload = CustomerAdd(11).ToBytes();
        var publisher = new IotHttpPublisher(http);

        var first = await publisher.PublishAsync(host.Url("/iot/events"), IotSamples.Topic, payload);
        var redelivery = await publisher.PublishAsync(host.Url("/iot/events"), IotSamples.Topic, payload);
        var late = await publisher.PublishAsync(host.Url("/iot/events"), IotSamples.Topic, payload);

        Assert.Equal([HttpStatusCode.InternalServerError, HttpStatusCode.OK, HttpStatusCode.OK], new[] { first, redelivery, late });
        Assert.Equal(1, host.Handled.Failures);
        Assert.Equal(11, Assert.Single(host.Handled.Of<CustomerAddEvent>()).Id);
    }

    private static IotMessageBuilder CustomerAdd(long id)
        => new IotMessageBuilder().WithMessageId(id * 1000).Add(new CustomerAddEvent { Id = id, Name = "张三", Phone = "13800001111" });
}
