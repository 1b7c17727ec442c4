using MemberCards.Sdk.Iot;
using MemberCards.Sdk.Iot.Tests.Support;
using MemberCards.Sdk.Testing.Iot;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Iot.Tests.Integration;

/// <summary>AddIotEvents(name?): configuration binding, validation, named dispatchers.</summary>
public sealed class RegistrationTests
{
    [Fact]
    public async Task Parameterless_AddIotEvents_binds_MemberCards_Iot()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MemberCards:Iot:MaxMessageBytes"] = "2048",
            ["MemberCards:Iot:AllowedTenants:0"] = "acme",
            ["MemberCards:Iot:AllowedProjects:0"] = "42",
            ["MemberCards:Iot:DeduplicationWindow"] = "02:00:00",
        }).Build();
        var collection = new ServiceCollection();
        collection.AddMemberCards(configuration.GetSection("MemberCards")).AddIotEvents();
        await using var services = collection.BuildServiceProvider();

        var options = services.GetRequiredService<IOptionsMonitor<IotOptions>>().Get(Options.DefaultName);

        Assert.Equal(2048, options.MaxMessageBytes);
        Assert.Equal(["acme"], options.AllowedTenants);
        Assert.Equal(["42"], options.AllowedProjects);
        Assert.Equal(TimeSpan.FromHours(2), options.DeduplicationWindow);
        var dispatcher = services.GetRequiredService<IIotDispatcher>();
        Assert.Equal(InboundOutcome.Ignored, (await dispatcher.DispatchAsync("acme/proj_7/v1-business-customer", IotSamples.MessageBytes())).Outcome);
        Assert.Equal(InboundOutcome.Unhandled, (await dispatcher.DispatchAsync("acme/proj_42/v1-business-customer", "{}"u8.ToArray())).Outcome);
        await Assert.ThrowsAsync<MemberCardsMessageTooLargeException>(() => dispatcher.DispatchAsync("acme/proj_42/v1-business-customer", IotSamples.MessageBytes()));
    }

    [Fact]
    public async Task ParseAsync_reads_a_message_without_claiming_it_and_faults_on_bad_input()
    {
        var collection = new ServiceCollection();
        collection.AddMemberCards().AddIotEvents();
        await using var services = collection.BuildServiceProvider();
        var dispatcher = services.GetRequiredService<IIotDispatcher>();
        const string topic = "acme/proj_42/v1-business-customer";

        var parsed = await dispatcher.ParseAsync(topic, IotSamples.MessageBytes());
        var badTopic = dispatcher.ParseAsync("not-a-topic", IotSamples.MessageBytes());
        var dispatched = await dispatcher.DispatchAsync(topic, IotSamples.MessageBytes());

        Assert.NotNull(parsed.MessageId);
        Assert.NotEmpty(parsed.Events.All);
        await Assert.ThrowsAsync<MemberCardsFormatException>(() => badTopic);
        Assert.Equal(InboundOutcome.Unhandled, dispatched.Outcome);
    }

    [Fact]
    public async Task Bind_binds_and_invalid_settings_fail_naming_the_setting()
    {
        var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MaxMessageBytes"] = "-1",
        }).Build();
        var collection = new ServiceCollection();
        collection.AddMemberCards().AddIotEvents().Bind(section);
        await using var services = collection.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptionsMonitor<IotOptions>>().Get(Options.DefaultName));
        Assert.Contains("MemberCards:Iot:MaxMessageBytes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Named_configurations_get_their_own_dispatcher_and_options()
    {
        var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AllowedTenants:0"] = "north",
        }).Build();
        var collection = new ServiceCollection();
        collection.AddSingleton<EventRecorder>();
        collection.AddMemberCards()
            .AddIotEvents("north").Bind(section)
            .AddIotEvents("south").Configure(o => o.AllowedTenants.Add("south"))
            .AddHandler<IotEvent, RecordingHandler<IotEvent>>();
        await using var services = collection.BuildServiceProvider();
        var factory = services.GetRequiredService<IIotDispatcherFactory>();
        Assert.Null(services.GetService<IIotDispatcher>()); // no default registration, so no default dispatcher in DI

        var north = factory.Create("north");
        Assert.Same(north, factory.Create("north"));
        Assert.Equal(InboundOutcome.Handled, (await north.DispatchAsync("north/proj_1/v1-business-customer", IotSamples.MessageBytes())).Outcome);
        Assert.Equal(InboundOutcome.Ignored, (await north.DispatchAsync("south/proj_1/v1-business-customer", IotSamples.MessageBytes())).Outcome);
        var south = factory.Create("south");
        Assert.Equal(InboundOutcome.Handled, (await south.DispatchAsync("south/proj_1/v1-business-customer", IotSamples.MessageBytes())).Outcome);

        var recorder = services.GetRequiredService<EventRecorder>();
        Assert.Equal(16, recorder.Calls.Count);
        Assert.Equal(["north", "south"], recorder.Calls.Select(c => c.Context.RegistrationName).Distinct());
        var unknown = Assert.Throws<InvalidOperationException>(() => factory.Create("west"));
        Assert.Contains("MemberCards:Iot(west) is not registered (registered: 'north', 'south')", unknown.Message, StringComparison.Ordinal);
        var noDefault = Assert.Throws<InvalidOperationException>(() => factory.Create(""));
        Assert.DoesNotContain("AddIotEvents(\"\"", noDefault.Message, StringComparison.Ordinal);
        Assert.Contains("MemberCards:Iot is not registered", noDefault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_without_msgId_is_processed_every_time()
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<EventRecorder>();
        collection.AddMemberCards().AddIotEvents().AddHandler<CompanyDeleteEvent, RecordingHandler<CompanyDeleteEvent>>();
        await using var services = collection.BuildServiceProvider();
        var dispatcher = services.GetRequiredService<IIotDispatcher>();
        var payload = new IotMessageBuilder().WithMessageId(null).Add(SampleEvents.FullCompanyDelete()).ToBytes();

        Assert.Equal(InboundOutcome.Handled, (await dispatcher.DispatchAsync(IotSamples.Topic, payload)).Outcome);
        Assert.Equal(InboundOutcome.Handled, (await dispatcher.DispatchAsync(IotSamples.Topic, payload)).Outcome);
        Assert.Equal(2, services.GetRequiredService<EventRecorder>().Calls.Count);
    }

    [Fact]
    public async Task A_huge_msgId_is_deduplicated_under_a_bounded_key()
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<EventRecorder>();
        collection.AddMemberCards().AddIotEvents().AddHandler<IotEvent, RecordingHandler<IotEvent>>();
        await using var services = collection.BuildServiceProvider();
        var dispatcher = services.GetRequiredService<IIotDispatcher>();
        var payload = System.Text.Encoding.UTF8.GetBytes("{\"msgId\":\"" + new string('7', 100_000) + "\",\"events\":{\"companyDelete\":{\"ids\":[1]}}}");

        Assert.Equal(InboundOutcome.Handled, (await dispatcher.DispatchAsync(IotSamples.Topic, payload)).Outcome);
        Assert.Equal(InboundOutcome.Duplicate, (await dispatcher.DispatchAsync(IotSamples.Topic, payload)).Outcome);
        var store = services.GetRequiredService<IMessageDeduplicationStore>();
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(new string('7', 100_000))));
        Assert.True(await store.IsProcessedAsync("iot:demo-tenant/1080446148159139840:sha256-" + hash));
    }

    [Fact]
    public async Task Registering_the_same_handler_or_registration_twice_runs_it_once_and_profile_handlers_see_both_families()
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<EventRecorder>();
        var memberCards = collection.AddMemberCards();
        memberCards.AddIotEvents().AddHandler<CustomerAddEvent, RecordingHandler<CustomerAddEvent>>();
        memberCards.AddIotEvents()
            .AddHandler<CustomerAddEvent, RecordingHandler<CustomerAddEvent>>()
            .AddHandler<ProfileEvent, RecordingHandler<ProfileEvent>>()
            .AddHandler<IotEvent, RecordingHandler<IotEvent>>();
        await using var services = collection.BuildServiceProvider();
        var dispatcher = services.GetRequiredService<IIotDispatcher>();

        var result = await dispatcher.DispatchAsync(IotSamples.Topic, new IotMessageBuilder().WithMessageId(77).Add(SampleEvents.FullCustomerAdd()).Add(SampleEvents.FullCompanyUpdate()).ToBytes());

        Assert.Equal(InboundOutcome.Handled, result.Outcome);
        Assert.Equal("77", result.MessageId);
        Assert.Equal("iot:demo-tenant/1080446148159139840:77", result.DeduplicationKey);
        Assert.Equal(string.Empty, result.RegistrationName);
        var calls = services.GetRequiredService<EventRecorder>().Calls.Select(c => (c.Handler, c.Event.Key)).ToList();
        Assert.Equal(
            [
                (nameof(ProfileEvent), "companyUpdate"), (nameof(IotEvent), "companyUpdate"),
                (nameof(CustomerAddEvent), "customerAdd"), (nameof(ProfileEvent), "customerAdd"), (nameof(IotEvent), "customerAdd"),
            ],
            calls);
        Assert.Equal(5, result.HandlerCalls);
        Assert.Single(services.GetRequiredService<MemberCardsRegistrations>().NamesOf(IotConstants.ServiceName));
    }

    [Fact]
    public async Task A_msgId_is_remembered_for_the_DeduplicationWindow_and_handled_again_after_it()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.Parse("2026-12-01T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(clock);
        collection.AddSingleton<EventRecorder>();
        collection.AddMemberCards().AddIotEvents().Configure(o => o.DeduplicationWindow = TimeSpan.FromHours(1)).AddHandler<IotEvent, RecordingHandler<IotEvent>>();
        await using var services = collection.BuildServiceProvider();
        var dispatcher = services.GetRequiredService<IIotDispatcher>();
        var payload = new IotMessageBuilder(clock).WithMessageId(5150).Add(SampleEvents.FullCompanyDelete()).ToBytes();

        Assert.Equal(InboundOutcome.Handled, (await dispatcher.DispatchAsync(IotSamples.Topic, payload)).Outcome);
        clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(InboundOutcome.Duplicate, (await dispatcher.DispatchAsync(IotSamples.Topic, payload)).Outcome);
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(InboundOutcome.Handled, (await dispatcher.DispatchAsync(IotSamples.Topic, payload)).Outcome);
        Assert.Equal(2, services.GetRequiredService<EventRecorder>().Calls.Count);
    }

    [Fact]
    public void Bad_input_gives_a_faulted_task_not_a_synchronous_throw()
    {
        var collection = new ServiceCollection();
        collection.AddMemberCards().AddIotEvents().Configure(o => o.MaxMessageBytes = 16);
        using var services = collection.BuildServiceProvider();
        var dispatcher = services.GetRequiredService<IIotDispatcher>();

        var badTopic = dispatcher.DispatchAsync("not/a topic", "{}"u8.ToArray());
        var tooLarge = dispatcher.DispatchAsync(IotSamples.Topic, IotSamples.MessageBytes());

        Assert.IsType<MemberCardsFormatException>(badTopic.Exception!.InnerException);
        Assert.IsType<MemberCardsMessageTooLargeException>(tooLarge.Exception!.InnerException);
    }
}
