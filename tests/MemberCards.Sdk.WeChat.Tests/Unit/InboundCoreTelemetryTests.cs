using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text;
using MemberCards.Sdk.Security;
using MemberCards.Sdk.WeChat.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MemberCards.Sdk.WeChat.Tests.Unit;

/// <summary>
/// Issue 18: WeChat event pushes go through Core's one inbound core, so they are traced, counted and logged as every
/// service's messages are (before, WeChat recorded no inbound metric and logged nothing about handling).
/// </summary>
public sealed class InboundCoreTelemetryTests
{
    private const string Registration = "telemetry-probe";
    private const string Timestamp = "1716192000";
    private const string Nonce = "5551212";

    [Fact]
    public async Task A_handled_push_and_its_duplicate_are_each_one_activity_one_count_and_one_log_line()
    {
        var activities = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == MemberCardsTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if ((string?)activity.GetTagItem("registration") == Registration)
                {
                    lock (activities)
                    {
                        activities.Add(activity);
                    }
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        var outcomes = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == MemberCardsTelemetry.Name && instrument.Name == MemberCardsTelemetry.InboundMessagesInstrument)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            var pairs = tags.ToArray();
            if (pairs.Any(t => t.Key == "service" && (string?)t.Value == WeChatConstants.ServiceName))
            {
                outcomes.Enqueue((string)pairs.Single(t => t.Key == "outcome").Value!);
            }
        });
        meters.Start();
        var logs = new ListLoggerProvider();
        var dispatcher = Dispatcher(logs);
        var query = new WeChatPushQuery { Signature = WeChatServerSignature.Compute(WeChatTestHosts.PushToken, Timestamp, Nonce), Timestamp = Timestamp, Nonce = Nonce };
        var body = Encoding.UTF8.GetBytes($"<xml><ToUserName>gh_1</ToUserName><FromUserName>oTelemetry</FromUserName><CreateTime>{Timestamp}</CreateTime><MsgType>event</MsgType><Event>user_view_card</Event><CardId>p</CardId></xml>");

        var first = await dispatcher.DispatchAsync(query, body);
        var second = await dispatcher.DispatchAsync(query, body);

        Assert.Equal(InboundOutcome.Handled, first.Outcome);
        Assert.Equal(1, first.HandlerCalls);
        Assert.Equal(InboundOutcome.Duplicate, second.Outcome);
        Assert.Equal(0, second.HandlerCalls);
        Assert.Equal(["Handled", "Duplicate"], activities.Select(a => (string?)a.GetTagItem("outcome")));
        Assert.All(activities, a => Assert.Equal("WeChat receive", a.OperationName));
        Assert.All(activities, a => Assert.Equal(first.MessageId, (string?)a.GetTagItem("messaging.message.id")));
        Assert.Contains("Handled", outcomes);
        Assert.Contains("Duplicate", outcomes);
        Assert.Contains(logs.Lines, l => l.Contains("MemberCards.Sdk.InboundCore", StringComparison.Ordinal) && l.Contains($"registration '{Registration}' handled: 1 handler call(s)", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, l => l.StartsWith("Information MemberCards.Sdk.InboundCore", StringComparison.Ordinal) && l.Contains("was handled before", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_throwing_handler_is_logged_once_as_an_error_with_its_exception_and_releases_the_claim()
    {
        var logs = new ListLoggerProvider();
        var recorder = new Recorder { FailuresLeft = 1 };
        var dispatcher = Dispatcher(logs, recorder);
        var query = new WeChatPushQuery { Signature = WeChatServerSignature.Compute(WeChatTestHosts.PushToken, Timestamp, Nonce), Timestamp = Timestamp, Nonce = Nonce };
        var body = Encoding.UTF8.GetBytes($"<xml><ToUserName>gh_1</ToUserName><FromUserName>oThrows</FromUserName><CreateTime>{Timestamp}</CreateTime><MsgType>event</MsgType><Event>user_view_card</Event><CardId>p</CardId></xml>");

        await Assert.ThrowsAsync<InvalidOperationException>(() => dispatcher.DispatchAsync(query, body));
        var retry = await dispatcher.DispatchAsync(query, body);

        Assert.Equal(InboundOutcome.Handled, retry.Outcome);
        var error = Assert.Single(logs.Lines, l => l.StartsWith("Error ", StringComparison.Ordinal));
        Assert.Contains("A handler of WeChat WeChatUserViewCardEvent", error, StringComparison.Ordinal);
        Assert.Contains("System.InvalidOperationException: db down", error, StringComparison.Ordinal);
    }

    private static IWeChatDispatcher Dispatcher(ListLoggerProvider logs, Recorder? recorder = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Dispatchers.ClockAtSigning());
        services.AddSingleton(recorder ?? new Recorder());
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        services.AddMemberCards().AddWeChatCards(Registration).Configure(o =>
        {
            o.AppId = WeChatTestHosts.AppId;
            o.AppSecret = WeChatTestHosts.AppSecret;
            o.PushToken = WeChatTestHosts.PushToken;
        }).AddHandler<WeChatUserViewCardEvent, RecordingHandler<WeChatUserViewCardEvent>>();
        return services.BuildServiceProvider().GetRequiredService<IWeChatDispatcherFactory>().Create(Registration);
    }
}
