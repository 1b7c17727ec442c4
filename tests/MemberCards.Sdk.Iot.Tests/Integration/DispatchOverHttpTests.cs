using System.Net;
using MemberCards.Sdk.Iot;
using MemberCards.Sdk.Iot.Tests.Support;
using MemberCards.Sdk.Testing;
using MemberCards.Sdk.Testing.Iot;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.Iot.Tests.Integration;

/// <summary>
/// services.AddMemberCards().AddIotEvents(...) with typed handlers, fed by the Testing publisher over real HTTP
/// on 127.0.0.1 through a receiving endpoint.
/// </summary>
public sealed class DispatchOverHttpTests : IAsyncLifetime
{
    private readonly HttpClient http = new();
    private ServiceProvider services = null!;
    private EmulatorHost receiver = null!;
    private IotHttpPublisher publisher = null!;
    private EventRecorder recorder = null!;
    private Uri endpoint = null!;

    public async Task InitializeAsync()
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<EventRecorder>();
        collection.AddMemberCards()
            .AddIotEvents().Configure(o =>
            {
                o.AllowedTenants.Add("demo-tenant");
                o.AllowedTenants.Add("other-tenant");
                o.MaxMessageBytes = 64 * 1024;
            })
            .AddHandler<CustomerAddEvent, RecordingHandler<CustomerAddEvent>>()
            .AddHandler<CustomerUpdateEvent, RecordingHandler<CustomerUpdateEvent>>()
            .AddHandler<CustomerProfileEvent, RecordingHandler<CustomerProfileEvent>>()
            .AddHandler<CustomerBindCompanyEvent, RecordingHandler<CustomerBindCompanyEvent>>()
            .AddHandler<CustomerBindCompanyEvent, FlakyBindHandler>()
            .AddHandler<CustomerUnbindCompanyEvent, RecordingHandler<CustomerUnbindCompanyEvent>>()
            .AddHandler<CustomerDeleteEvent, RecordingHandler<CustomerDeleteEvent>>()
            .AddHandler<CompanyAddEvent, RecordingHandler<CompanyAddEvent>>()
            .AddHandler<CompanyProfileEvent, RecordingHandler<CompanyProfileEvent>>()
            .AddHandler<CompanyDeleteEvent, RecordingHandler<CompanyDeleteEvent>>()
            .AddHandler<UnknownIotEvent, RecordingHandler<UnknownIotEvent>>()
            .AddHandler<IotEvent, RecordingHandler<IotEvent>>();
        services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        recorder = services.GetRequiredService<EventRecorder>();
        receiver = await IotHttpReceiver.StartAsync(services.GetRequiredService<IIotEventDispatcher>());
        endpoint = new Uri(receiver.BaseAddress, IotHttpReceiver.Path);
        publisher = new IotHttpPublisher(http);
    }

    public async Task DisposeAsync()
    {
        await receiver.DisposeAsync();
        await services.DisposeAsync();
        http.Dispose();
    }

    [Fact]
    public async Task The_seed_sample_reaches_every_typed_handler_once()
    {
        var status = await publisher.PublishAsync(endpoint, IotSamples.Topic, IotSamples.MessageBytes());

        Assert.Equal(HttpStatusCode.OK, status);
        var request = Assert.Single(receiver.Requests);
        Assert.Equal(IotSamples.MessageBytes(), request.Body.ToArray());
        Assert.Equal(IotSamples.Topic, request.Header(IotHttpPublisher.TopicHeader));

        Assert.Equal(["customerAdd"], recorder.Handled(nameof(CustomerAddEvent)));
        Assert.Equal(["customerUpdate"], recorder.Handled(nameof(CustomerUpdateEvent)));
        Assert.Equal(["customerAdd", "customerUpdate"], recorder.Handled(nameof(CustomerProfileEvent)));
        Assert.Equal(["customerBindCompany"], recorder.Handled(nameof(CustomerBindCompanyEvent)));
        Assert.Equal(["customerUnbindCompany"], recorder.Handled(nameof(CustomerUnbindCompanyEvent)));
        Assert.Equal(["customerDelete"], recorder.Handled(nameof(CustomerDeleteEvent)));
        Assert.Equal(["companyAdd"], recorder.Handled(nameof(CompanyAddEvent)));
        Assert.Equal(["companyAdd", "companyUpdate"], recorder.Handled(nameof(CompanyProfileEvent)));
        Assert.Equal(["companyDelete"], recorder.Handled(nameof(CompanyDeleteEvent)));
        Assert.Empty(recorder.Handled(nameof(UnknownIotEvent)));
        Assert.Equal(
            ["companyAdd", "companyUpdate", "customerAdd", "customerUpdate", "customerBindCompany", "customerUnbindCompany", "customerDelete", "companyDelete"],
            recorder.Handled(nameof(IotEvent)));

        var bind = recorder.Calls.Select(c => c.Event).OfType<CustomerBindCompanyEvent>().First();
        Assert.Equal([1090560337592619000L, 1095697073878896600L, 1089935576986456000L], bind.CompanyIds);
        var context = recorder.Calls.First().Context;
        Assert.Equal("demo-tenant", context.Topic.Tenant);
        Assert.Equal("1080446148159139840", context.Topic.Project);
        Assert.Equal("123132131231", context.Message.MessageId);
        Assert.Equal(string.Empty, context.RegistrationName);

        var store = services.GetRequiredService<IMessageDeduplicationStore>();
        Assert.True(await store.IsProcessedAsync("iot:demo-tenant/1080446148159139840:123132131231"));
    }

    [Fact]
    public async Task A_redelivered_msgId_is_handled_once_per_tenant_and_project()
    {
        var message = new IotMessageBuilder().WithMessageId(9001).Add(SampleEvents.FullCustomerAdd());

        Assert.Equal(HttpStatusCode.OK, await publisher.PublishAsync(endpoint, IotSamples.Topic, message));
        Assert.Equal(HttpStatusCode.OK, await publisher.PublishAsync(endpoint, IotSamples.Topic, message));
        Assert.Single(recorder.Handled(nameof(CustomerAddEvent)));

        var dispatcher = services.GetRequiredService<IIotEventDispatcher>();
        var again = await dispatcher.DispatchAsync(IotSamples.Topic, message.ToBytes());
        Assert.Equal(InboundOutcome.Duplicate, again.Outcome);
        Assert.Equal(0, again.HandlerCalls);

        // The same msgId from another tenant is another message.
        Assert.Equal(HttpStatusCode.OK, await publisher.PublishAsync(endpoint, "other-tenant/proj_1/v1-business-customer", message));
        Assert.Equal(2, recorder.Handled(nameof(CustomerAddEvent)).Count);
    }

    [Fact]
    public async Task A_failing_handler_leaves_the_message_unmarked_so_the_redelivery_runs_again()
    {
        recorder.FailNext(1);
        var message = new IotMessageBuilder().WithMessageId(4242).Add(SampleEvents.FullBind()).Add(SampleEvents.FullCompanyDelete());

        Assert.Equal(HttpStatusCode.InternalServerError, await publisher.PublishAsync(endpoint, IotSamples.Topic, message));
        var store = services.GetRequiredService<IMessageDeduplicationStore>();
        Assert.False(await store.IsProcessedAsync("iot:demo-tenant/1080446148159139840:4242"));

        Assert.Equal(HttpStatusCode.OK, await publisher.PublishAsync(endpoint, IotSamples.Topic, message));
        Assert.True(await store.IsProcessedAsync("iot:demo-tenant/1080446148159139840:4242"));
        Assert.Equal(["customerBindCompany", "customerBindCompany"], recorder.Handled(nameof(CustomerBindCompanyEvent)));
        Assert.Single(recorder.Handled(nameof(CompanyDeleteEvent)));
    }

    [Fact]
    public async Task Unknown_events_go_to_their_handler_and_unhandled_kinds_are_reported()
    {
        var dispatcher = services.GetRequiredService<IIotEventDispatcher>();
        var payload = new IotMessageBuilder().AddRaw("spaceAdd", """{"id":"1090560337592619000"}""").Add(new CompanyUpdateEvent { Id = 5 }).ToBytes();

        var result = await dispatcher.DispatchAsync(IotSamples.Topic, payload);

        Assert.Equal(InboundOutcome.Handled, result.Outcome);
        var unknown = Assert.IsType<UnknownIotEvent>(recorder.Calls.Single(c => c.Handler == nameof(UnknownIotEvent)).Event);
        Assert.Equal("""{"id":"1090560337592619000"}""", unknown.RawJson);
        Assert.Empty(result.UnhandledEvents);
        Assert.Equal(4, result.HandlerCalls);
    }

    [Fact]
    public async Task Tenants_not_allowed_are_ignored_without_reading_the_payload()
    {
        var status = await publisher.PublishAsync(endpoint, "stranger/proj_1/v1-business-customer", "not json at all"u8.ToArray());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(recorder.Calls);
        var result = await services.GetRequiredService<IIotEventDispatcher>().DispatchAsync("stranger/proj_1/v1-business-customer", IotSamples.MessageBytes());
        Assert.Equal(InboundOutcome.Ignored, result.Outcome);
        Assert.Null(result.Message);
    }

    [Theory]
    [InlineData("demo-tenant/proj_1/v1-business-customer", "{\"events\":[]}")]
    [InlineData("demo-tenant/proj_1/v1-business-customer", "{\"msgId\":1,\"events\":{\"customerAdd\":{\"id\":1.5}}}")]
    [InlineData("demo-tenant/proj_1/v1-business-customer", "")]
    [InlineData("demo-tenant/proj_1/v1-business-company", "{}")]
    [InlineData("", "{}")]
    public async Task Malformed_input_is_a_format_error_and_no_handler_runs(string topic, string body)
    {
        var status = await publisher.PublishAsync(endpoint, topic, System.Text.Encoding.UTF8.GetBytes(body));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Empty(recorder.Calls);
    }

    [Fact]
    public async Task Payloads_over_the_configured_cap_are_refused()
    {
        var big = new IotMessageBuilder().AddRaw("blob", "\"" + new string('x', 64 * 1024) + "\"").ToBytes();

        Assert.Equal(HttpStatusCode.BadRequest, await publisher.PublishAsync(endpoint, IotSamples.Topic, big));
        var ex = await Assert.ThrowsAsync<MemberCardsMessageTooLargeException>(() => services.GetRequiredService<IIotEventDispatcher>().DispatchAsync(IotSamples.Topic, big));
        Assert.Contains("65536", ex.Message, StringComparison.Ordinal);
        Assert.Empty(recorder.Calls);
    }
}
