using System.Text;
using MemberCards.Sdk.Testing;
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.WeChatPay.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

public sealed class NotificationTests
{
    private static IWeChatPayDispatcher Dispatcher(Harness harness) => harness.Services.GetRequiredService<IWeChatPayDispatcher>();

    [Theory]
    [InlineData(WeChatPayUserCardEvent.CreateEventType, UserCardEventKind.Created, WeChatPayResponseSigning.PublicKey)]
    [InlineData(WeChatPayUserCardEvent.DeleteEventType, UserCardEventKind.Deleted, WeChatPayResponseSigning.PlatformCertificate)]
    public async Task A_notification_is_verified_decrypted_and_typed(string eventType, UserCardEventKind kind, WeChatPayResponseSigning signing)
    {
        await using var harness = await Harness.StartAsync((e, o) => { e.ConfigurePublicKeyMode(o, withApiV3Key: true); }, null, null);
        var notification = harness.Emulator.CreateNotification(eventType, "478515832665", signing);

        var parsed = Assert.IsType<WeChatPayUserCardEvent>(await Dispatcher(harness).ParseAsync(notification.Headers, notification.Body));

        Assert.Equal(notification.Id, parsed.Id);
        Assert.Equal(eventType, parsed.EventType);
        Assert.Equal(kind, parsed.Kind);
        Assert.Equal("会员卡事件", parsed.Summary);
        Assert.Equal("478515832665", parsed.UserCard.UserCardCode);
        Assert.Equal("13800138000", parsed.UserCard.PhoneNumber!.Reveal());
        Assert.Equal("男", parsed.UserCard.UserInformation!.CommonFieldList![0].Value!.Reveal());
        Assert.Equal(UserCardState.Effective, parsed.UserCard.UserCardState);
    }

    [Fact]
    public async Task Handlers_get_the_message_and_a_context_naming_the_registration_and_run_in_the_documented_order()
    {
        var log = new Recorder();
        await using var harness = await Harness.StartAsync((e, o) => e.ConfigurePublicKeyMode(o), null, null, b => b
            .AddHandler<object, AllMessagesHandler>()
            .AddHandler<WeChatPayUserCardEvent, CardEventHandler>()
            .AddHandler<WeChatPayUserCardEvent, CardEventHandler>(), services => services.AddSingleton(log));
        var notification = harness.Emulator.CreateNotification(WeChatPayUserCardEvent.CreateEventType, "478515832665");

        var result = await Dispatcher(harness).DispatchAsync(notification.Headers, notification.Body);

        Assert.Equal(InboundOutcome.Handled, result.Outcome);
        Assert.Equal(string.Empty, result.RegistrationName);
        Assert.Equal(notification.Id, result.MessageId);
        Assert.Equal(notification.Id, result.Message.Id);
        Assert.True(result.Acknowledge);

        // The concrete type first, then every-message handlers; the pair registered twice runs once.
        Assert.Equal([$"card:{notification.Id}:{WeChatPayUserCardEvent.CreateEventType}:{notification.Body.Length}", $"all:{notification.Id}"], log.Entries);
    }

    [Fact]
    public void Handlers_of_other_message_types_are_refused_at_registration()
    {
        var services = new ServiceCollection();
        var error = Assert.Throws<ArgumentException>(() => services.AddMemberCards().AddWeChatPay().AddHandler<string, StringHandler>());
        Assert.Contains("WeChatPayUserCardEvent", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(WeChatPayMisbehavior.ProbeSignature)]
    [InlineData(WeChatPayMisbehavior.StaleTimestamp)]
    [InlineData(WeChatPayMisbehavior.TamperedBody)]
    [InlineData(WeChatPayMisbehavior.Unsigned)]
    [InlineData(WeChatPayMisbehavior.WrongSerial)]
    public async Task A_spoiled_notification_faults_with_a_signature_exception_and_runs_no_handler(WeChatPayMisbehavior misbehavior)
    {
        var log = new Recorder();
        await using var harness = await Harness.StartAsync((e, o) => e.ConfigurePublicKeyMode(o), null, null, b => b.AddHandler<WeChatPayUserCardEvent, CardEventHandler>(), s => s.AddSingleton(log));
        harness.Emulator.Misbehave(misbehavior);
        var notification = harness.Emulator.CreateNotification(WeChatPayUserCardEvent.CreateEventType, "478515832665");

        var pending = Dispatcher(harness).DispatchAsync(notification.Headers, notification.Body);

        await Assert.ThrowsAsync<MemberCardsSignatureException>(() => pending);
        Assert.Empty(log.Entries);
    }

    [Fact]
    public async Task A_wrong_apiv3_key_fails_the_tag_check()
    {
        await using var harness = await Harness.PublicKeyModeAsync(o => o.ApiV3Key = new string('z', 32));
        var notification = harness.Emulator.CreateNotification(WeChatPayUserCardEvent.CreateEventType, "478515832665");

        var error = await Assert.ThrowsAsync<MemberCardsSignatureException>(() => Dispatcher(harness).ParseAsync(notification.Headers, notification.Body));
        Assert.Contains("APIv3 key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_handler_that_throws_releases_the_claim_so_the_redelivery_is_handled_exactly_once()
    {
        var log = new Recorder { FailNext = 1 };
        await using var harness = await Harness.StartAsync((e, o) => e.ConfigurePublicKeyMode(o), null, null, b => b.AddHandler<WeChatPayUserCardEvent, CardEventHandler>(), s => s.AddSingleton(log));
        var notification = harness.Emulator.CreateNotification(WeChatPayUserCardEvent.CreateEventType, "478515832665");

        var failed = await Assert.ThrowsAsync<InvalidOperationException>(() => Dispatcher(harness).DispatchAsync(notification.Headers, notification.Body));
        var redelivered = await Dispatcher(harness).DispatchAsync(notification.Headers, notification.Body);
        var again = await Dispatcher(harness).DispatchAsync(notification.Headers, notification.Body);

        Assert.Equal("db down", failed.Message);
        Assert.Equal(InboundOutcome.Handled, redelivered.Outcome);
        Assert.Equal(InboundOutcome.Duplicate, again.Outcome);
        Assert.Single(log.Entries);
    }

    [Fact]
    public async Task A_thousand_concurrent_identical_notifications_run_the_handler_exactly_once()
    {
        var log = new Recorder { Delay = TimeSpan.FromMilliseconds(20) };
        await using var harness = await Harness.StartAsync((e, o) => e.ConfigurePublicKeyMode(o), null, null, b => b.AddHandler<WeChatPayUserCardEvent, CardEventHandler>(), s => s.AddSingleton(log));
        var notification = harness.Emulator.CreateNotification(WeChatPayUserCardEvent.CreateEventType, "478515832665");
        var dispatcher = Dispatcher(harness);
        using var start = new ManualResetEventSlim();

        var deliveries = Enumerable.Range(0, 1000).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            return await dispatcher.DispatchAsync(notification.Headers, notification.Body);
        })).ToArray();
        start.Set();
        var results = await Task.WhenAll(deliveries);

        Assert.Single(log.Entries);
        Assert.Equal(1, results.Count(r => r.Outcome == InboundOutcome.Handled));
        Assert.All(results, r => Assert.Contains(r.Outcome, new[] { InboundOutcome.Handled, InboundOutcome.Duplicate, InboundOutcome.InProgress }));
    }

    [Fact]
    public async Task A_notification_without_handlers_is_unhandled_and_not_remembered()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        var notification = harness.Emulator.CreateNotification(WeChatPayUserCardEvent.CreateEventType, "478515832665");

        var first = await Dispatcher(harness).DispatchAsync(notification.Headers, notification.Body);
        var second = await Dispatcher(harness).DispatchAsync(notification.Headers, notification.Body);

        Assert.Equal(InboundOutcome.Unhandled, first.Outcome);
        Assert.Equal(InboundOutcome.Unhandled, second.Outcome);
    }

    [Fact]
    public async Task A_malformed_body_faults_with_a_format_exception_before_the_key_store_is_asked()
    {
        await using var harness = await Harness.CertificateModeAsync();
        var notification = harness.Emulator.CreateNotification(WeChatPayUserCardEvent.CreateEventType, "478515832665");
        var body = Encoding.UTF8.GetBytes("""{"id":"x"}""");
        var headers = new Dictionary<string, string>(notification.Headers) { [WeChatPayConstants.SerialHeader] = "0123456789ABCDEF" };

        await Assert.ThrowsAsync<MemberCardsFormatException>(() => Dispatcher(harness).DispatchAsync(headers, body));
        Assert.Equal(0, harness.Emulator.CertificateDownloads);
    }

    [Fact]
    public async Task A_body_beyond_MaxMessageBytes_faults_with_too_large()
    {
        await using var harness = await Harness.PublicKeyModeAsync(o => o.MaxMessageBytes = 1024);
        var notification = harness.Emulator.CreateNotification(WeChatPayUserCardEvent.CreateEventType, "478515832665");
        var body = new byte[1025];

        var error = await Assert.ThrowsAsync<MemberCardsMessageTooLargeException>(() => Dispatcher(harness).DispatchAsync(notification.Headers, body));
        Assert.Equal(1024, error.Limit);
    }

    [Fact]
    public async Task Bad_input_is_a_faulted_task_not_a_synchronous_throw()
    {
        await using var harness = await Harness.PublicKeyModeAsync();

        var pending = Dispatcher(harness).DispatchAsync(null!, ReadOnlyMemory<byte>.Empty);

        await Assert.ThrowsAsync<ArgumentNullException>(() => pending);
    }

    [Fact]
    public async Task The_dispatcher_factory_refuses_unknown_names_and_merchants_without_an_apiv3_key()
    {
        await using var harness = await Harness.StartAsync((e, o) => e.ConfigurePublicKeyMode(o, withApiV3Key: false), null, null);
        var factory = harness.Services.GetRequiredService<IWeChatPayDispatcherFactory>();

        var unknown = Assert.Throws<InvalidOperationException>(() => factory.Create("nope"));
        var noKey = Assert.Throws<InvalidOperationException>(() => factory.Create(string.Empty));

        Assert.Contains("MemberCards:WeChatPay(nope) is not registered (registered: the default)", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("MemberCards:WeChatPay:ApiV3Key is not set", noKey.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_emulator_delivers_notifications_over_HTTP_to_a_dispatching_endpoint()
    {
        var log = new Recorder();
        await using var harness = await Harness.StartAsync((e, o) => e.ConfigurePublicKeyMode(o), null, null, b => b.AddHandler<WeChatPayUserCardEvent, CardEventHandler>(), s => s.AddSingleton(log));
        var dispatcher = Dispatcher(harness);
        await using var merchantSite = await EmulatorHost.StartAsync(app => app.MapPost("/notify", (RequestDelegate)(async context =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            try
            {
                await dispatcher.DispatchAsync(headers, buffer.ToArray());
                context.Response.StatusCode = 200;
            }
            catch (MemberCardsSignatureException)
            {
                var answer = WeChatPayNotificationAnswer.Failure(401, "signature verification failed");
                context.Response.StatusCode = answer.StatusCode;
                await context.Response.WriteAsync(answer.Body!);
            }
        })));

        var status = await WeChatPayEmulator.SendNotificationAsync(new Uri(merchantSite.BaseAddress, "notify"), harness.Emulator.CreateNotification(WeChatPayUserCardEvent.DeleteEventType, "478515832665"));
        harness.Emulator.Misbehave(WeChatPayMisbehavior.ProbeSignature);
        var probe = await WeChatPayEmulator.SendNotificationAsync(new Uri(merchantSite.BaseAddress, "notify"), harness.Emulator.CreateNotification(WeChatPayUserCardEvent.CreateEventType, "478515832665"));

        Assert.Equal(200, status);
        Assert.Equal(401, probe);
        Assert.Single(log.Entries);
    }

    internal sealed class Recorder
    {
        private readonly List<string> entries = [];
        private int failNext;

        public int FailNext { get => failNext; init => failNext = value; }

        public TimeSpan Delay { get; init; }

        public IReadOnlyList<string> Entries
        {
            get
            {
                lock (entries)
                {
                    return [.. entries];
                }
            }
        }

        public async Task RecordAsync(string entry)
        {
            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay);
            }

            if (Interlocked.Decrement(ref failNext) >= 0)
            {
                throw new InvalidOperationException("db down");
            }

            lock (entries)
            {
                entries.Add(entry);
            }
        }
    }

    internal sealed class CardEventHandler(Recorder log) : IWeChatPayMessageHandler<WeChatPayUserCardEvent>
    {
        public Task HandleAsync(WeChatPayUserCardEvent message, WeChatPayMessageContext context, CancellationToken cancellationToken)
            => log.RecordAsync($"card:{context.MessageId}:{context.EventType}:{context.RawMessage.Length}");
    }

    internal sealed class AllMessagesHandler(Recorder log) : IWeChatPayMessageHandler<object>
    {
        public Task HandleAsync(object message, WeChatPayMessageContext context, CancellationToken cancellationToken)
            => log.RecordAsync($"all:{((WeChatPayUserCardEvent)message).Id}");
    }

    internal sealed class StringHandler : IWeChatPayMessageHandler<string>
    {
        public Task HandleAsync(string message, WeChatPayMessageContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
