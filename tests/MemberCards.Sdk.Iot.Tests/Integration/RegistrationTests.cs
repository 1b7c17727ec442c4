using MemberCards.Sdk.Iot;
using MemberCards.Sdk.Iot.Tests.Support;
using MemberCards.Sdk.Testing.Iot;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Iot.Tests.Integration;

/// <summary>AddIotEvents overloads: configuration binding, validation, named dispatchers.</summary>
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
            ["MemberCards:Iot:DeduplicationRetention"] = "02:00:00",
        }).Build();
        var collection = new ServiceCollection();
        collection.AddMemberCards(configuration.GetSection("MemberCards")).AddIotEvents();
        await using var services = collection.BuildServiceProvider();

        var options = services.GetRequiredService<IOptionsMonitor<IotOptions>>().Get(Options.DefaultName);

        Assert.Equal(2048, options.MaxMessageBytes);
        Assert.Equal(["acme"], options.AllowedTenants);
        Assert.Equal(["42"], options.AllowedProjects);
        Assert.Equal(TimeSpan.FromHours(2), options.DeduplicationRetention);
        var dispatcher = services.GetRequiredService<IIotEventDispatcher>();
        Assert.Equal(IotDispatchStatus.Ignored, (await dispatcher.DispatchAsync("acme/proj_7/v1-business-customer", IotSamples.MessageBytes())).Status);
        Assert.Equal(IotDispatchStatus.Processed, (await dispatcher.DispatchAsync("acme/proj_42/v1-business-customer", "{}"u8.ToArray())).Status);
        await Assert.ThrowsAsync<MemberCardsFormatException>(() => dispatcher.DispatchAsync("acme/proj_42/v1-business-customer", IotSamples.MessageBytes()));
    }

    [Fact]
    public async Task Section_overload_binds_and_invalid_settings_fail_naming_the_setting()
    {
        var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MaxMessageBytes"] = "-1",
        }).Build();
        var collection = new ServiceCollection();
        collection.AddMemberCards().AddIotEvents(section);
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
            .AddIotEvents("north", section)
            .AddIotEvents("south", o => o.AllowedTenants.Add("south"))
            .AddIotEventHandler<IotEvent, RecordingHandler<IotEvent>>();
        await using var services = collection.BuildServiceProvider();
        var factory = services.GetRequiredService<IIotEventDispatcherFactory>();

        var north = factory.Create("north");
        Assert.Same(north, factory.Create("north"));
        Assert.Equal(IotDispatchStatus.Processed, (await north.DispatchAsync("north/proj_1/v1-business-customer", IotSamples.MessageBytes())).Status);
        Assert.Equal(IotDispatchStatus.Ignored, (await north.DispatchAsync("south/proj_1/v1-business-customer", IotSamples.MessageBytes())).Status);
        var south = factory.Create("south");
        Assert.Equal(IotDispatchStatus.Processed, (await south.DispatchAsync("south/proj_1/v1-business-customer", IotSamples.MessageBytes())).Status);

        var recorder = services.GetRequiredService<EventRecorder>();
        Assert.Equal(16, recorder.Calls.Count);
        Assert.Equal(["north", "south"], recorder.Calls.Select(c => c.Context.Name).Distinct());
        Assert.Throws<ArgumentException>(() => factory.Create("west"));
    }

    [Fact]
    public async Task A_message_without_msgId_is_processed_every_time()
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<EventRecorder>();
        collection.AddMemberCards().AddIotEvents().AddIotEventHandler<CompanyDeleteEvent, RecordingHandler<CompanyDeleteEvent>>();
        await using var services = collection.BuildServiceProvider();
        var dispatcher = services.GetRequiredService<IIotEventDispatcher>();
        var payload = new IotMessageBuilder().WithMessageId(null).Add(SampleEvents.FullCompanyDelete()).ToBytes();

        Assert.Equal(IotDispatchStatus.Processed, (await dispatcher.DispatchAsync(IotSamples.Topic, payload)).Status);
        Assert.Equal(IotDispatchStatus.Processed, (await dispatcher.DispatchAsync(IotSamples.Topic, payload)).Status);
        Assert.Equal(2, services.GetRequiredService<EventRecorder>().Calls.Count);
    }

    [Fact]
    public async Task A_huge_msgId_is_deduplicated_under_a_bounded_key()
    {
        var collection = new ServiceCollection();
        collection.AddMemberCards().AddIotEvents();
        await using var services = collection.BuildServiceProvider();
        var dispatcher = services.GetRequiredService<IIotEventDispatcher>();
        var payload = System.Text.Encoding.UTF8.GetBytes("{\"msgId\":\"" + new string('7', 100_000) + "\"}");

        Assert.Equal(IotDispatchStatus.Processed, (await dispatcher.DispatchAsync(IotSamples.Topic, payload)).Status);
        Assert.Equal(IotDispatchStatus.Duplicate, (await dispatcher.DispatchAsync(IotSamples.Topic, payload)).Status);
        var store = services.GetRequiredService<IMessageDeduplicationStore>();
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(new string('7', 100_000))));
        Assert.True(await store.IsProcessedAsync("iot:demo-tenant/1080446148159139840:sha256-" + hash));
    }
}
