using MemberCards.Sdk.Iot.Mqtt.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Iot.Mqtt.Tests.Integration;

/// <summary>Issue 19 item 10: IoT subscriptions refuse what would silently drop messages, and say what failed.</summary>
public sealed class PointingErrorTests
{
    private static IHost Build(TestBroker broker, string name, LogRecorder logs, Action<IotOptions>? iot, Action<IotMqttOptions> mqtt, Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddSingleton(new HandledMessages());
        services?.Invoke(builder.Services);
        builder.Services.AddMemberCards()
            .AddIotEvents(name)
            .Configure(o => iot?.Invoke(o))
            .AddHandler<IotEvent, RecordingHandler>()
            .AddMqttSubscription(o =>
            {
                o.Server = broker.Host;
                o.Port = broker.Port;
                o.ClientId = "pointing-" + name;
                o.ReconnectMinDelay = TimeSpan.FromMilliseconds(50);
                o.ReconnectMaxDelay = TimeSpan.FromMilliseconds(200);
                mqtt(o);
            });
        return builder.Build();
    }

    [Fact]
    public async Task A_topic_of_a_tenant_outside_AllowedTenants_fails_the_start_naming_the_setting_and_the_tenant()
    {
        await using var broker = await TestBroker.StartAsync(TestBroker.InProcess);
        using var host = Build(broker, "site1", new LogRecorder(), o => o.AllowedTenants.Add("acme"), o => o.Topics.Add(IotTopic.SubscriptionFilter("other")));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("MemberCards:Iot(site1):AllowedTenants", error.Message, StringComparison.Ordinal);
        Assert.Contains("'other'", error.Message, StringComparison.Ordinal);
        Assert.Contains("other/+/v1-business-customer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_topic_of_a_project_outside_AllowedProjects_fails_the_start()
    {
        await using var broker = await TestBroker.StartAsync(TestBroker.InProcess);
        using var host = Build(broker, "site2", new LogRecorder(), o => o.AllowedProjects.Add("1"), o => o.Topics.Add(IotTopic.SubscriptionFilter("acme", "2")));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("MemberCards:Iot(site2):AllowedProjects", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_of_a_tenant_outside_AllowedTenants_on_a_wildcard_topic_is_logged_at_warning()
    {
        await using var broker = await TestBroker.StartAsync(TestBroker.InProcess);
        var logs = new LogRecorder();
        var tenant = "t" + Guid.NewGuid().ToString("N")[..10];
        using var host = Build(broker, "site3", logs, o => o.AllowedTenants.Add("acme"), o => o.Topics.Add("+/+/v1-business-customer"));
        await host.StartAsync();
        await HandledMessages.WaitUntilAsync(() => logs.Entries.Any(e => e.EventId == 5051), TimeSpan.FromSeconds(15), () => "not connected");

        await broker.PublishAsync($"{tenant}/proj_1/v1-business-customer", Subscriber.Message(1), CancellationToken.None);
        await broker.PublishAsync($"{tenant}/proj_1/v1-business-customer", Subscriber.Message(2), CancellationToken.None);

        await HandledMessages.WaitUntilAsync(() => logs.Entries.Count(e => e.EventId == 5003) >= 1 || logs.Entries.Any(e => e.EventId == 5005), TimeSpan.FromSeconds(15), () => "nothing logged");
        var warning = Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning && e.Text.Contains(tenant, StringComparison.Ordinal));
        Assert.Equal(5005, warning.EventId);
        Assert.Contains("AllowedTenants", warning.Text, StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_store_failure_has_its_own_log_event_and_does_not_blame_a_handler()
    {
        await using var broker = await TestBroker.StartAsync(TestBroker.InProcess);
        var logs = new LogRecorder();
        var tenant = "t" + Guid.NewGuid().ToString("N")[..10];
        using var host = Build(broker, "site4", logs, null, o => o.Topics.Add(IotTopic.SubscriptionFilter(tenant)), s => s.AddSingleton<IMessageDeduplicationStore, FailingStore>());
        await host.StartAsync();
        await HandledMessages.WaitUntilAsync(() => logs.Entries.Any(e => e.EventId == 5051), TimeSpan.FromSeconds(15), () => "not connected");

        await broker.PublishAsync($"{tenant}/proj_1/v1-business-customer", Subscriber.Message(1), CancellationToken.None);

        await HandledMessages.WaitUntilAsync(() => logs.Entries.Any(e => e.Level == LogLevel.Error), TimeSpan.FromSeconds(15), () => "no error logged");
        var error = logs.Entries.First(e => e.Level == LogLevel.Error);
        Assert.Equal(5064, error.EventId);
        Assert.Contains("Redis", error.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("a handler failed", error.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("de-duplication store failed", error.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Entries, e => e.EventId == 5056);
        await host.StopAsync();
    }

    [Fact]
    public void A_subscription_with_no_settings_says_the_section_is_missing()
    {
        var services = new ServiceCollection();
        services.AddMemberCards().AddIotEvents("site5").AddMqttSubscription();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<IotMqttOptions>>().Get("site5"));

        Assert.StartsWith("MemberCards:Iot(site5):Mqtt is empty: the section is missing or has no settings, and none were set in code.", Assert.Single(error.Failures), StringComparison.Ordinal);
        Assert.Contains("MemberCards:Iot(site5):Mqtt:Server", error.Message, StringComparison.Ordinal);
        Assert.Contains("MemberCards:Iot(site5):Mqtt:Topics", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_subscription_added_twice_with_different_servers_fails()
    {
        var services = new ServiceCollection();
        services.AddMemberCards().AddIotEvents("site6").AddMqttSubscription(o => { o.Server = "broker-one"; o.ClientId = "c"; o.Topics.Add("a/+/v1-business-customer"); });
        services.AddMemberCards().AddIotEvents("site6").AddMqttSubscription(o => o.Server = "broker-two");
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<IotMqttOptions>>().Get("site6"));

        Assert.Contains("MemberCards:Iot(site6):Mqtt:Server", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("broker-one", error.Message, StringComparison.Ordinal);
    }
}
