using System.Globalization;
using System.Text;
using MemberCards.Sdk.Security;
using MemberCards.Sdk.WeChat.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChat.Tests.Unit;

/// <summary>The uniform inbound shape: timestamp window, failure reasons, atomic claims, handler order, idempotent registration.</summary>
public sealed class DispatcherTests
{
    private const string Nonce = "1320562132";

    private static readonly WeChatCardsOptions Settings = new()
    {
        AppId = WeChatTestHosts.AppId,
        AppSecret = WeChatTestHosts.AppSecret,
        PushToken = WeChatTestHosts.PushToken,
        EncodingAesKey = WeChatTestHosts.EncodingAesKey,
        // These tests read plaintext and safe-mode pushes alike, as an account does while it is switched to safe mode;
        // the default (a key refuses plaintext) is PushVerificationOrderTests'.
        RequireEncryptedPushes = false,
    };

    private static string Event(string name, string extra, string from = "oUser0001", long createTime = 1716192000)
        => $"<xml><ToUserName><![CDATA[gh_fc0a06a20993]]></ToUserName><FromUserName><![CDATA[{from}]]></FromUserName><CreateTime>{createTime}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[{name}]]></Event>{extra}</xml>";

    private static WeChatPushQuery Signed(long timestamp, string? encrypt = null)
    {
        var text = timestamp.ToString(CultureInfo.InvariantCulture);
        return new WeChatPushQuery
        {
            Signature = WeChatServerSignature.Compute(WeChatTestHosts.PushToken, text, Nonce),
            Timestamp = text,
            Nonce = Nonce,
            EchoStr = "echo",
            EncryptType = encrypt is null ? null : "aes",
            MsgSignature = encrypt is null ? null : WeChatServerSignature.Compute(WeChatTestHosts.PushToken, text, Nonce, encrypt),
        };
    }

    [Fact]
    public async Task A_push_signed_400_days_ago_is_rejected_as_stale()
    {
        var clock = Dispatchers.ClockAtSigning();
        var dispatcher = Dispatchers.Create(Settings, time: clock);
        var old = clock.GetUtcNow().AddDays(-400).ToUnixTimeSeconds();
        var body = Encoding.UTF8.GetBytes(Event("user_view_card", "<CardId>p</CardId>"));

        var push = await Assert.ThrowsAsync<MemberCardsSignatureException>(() => dispatcher.DispatchAsync(Signed(old), body));
        var url = Assert.Throws<MemberCardsSignatureException>(() => dispatcher.VerifyUrl(Signed(old)));

        Assert.Equal(SignatureFailureReason.StaleTimestamp, push.Reason);
        Assert.Equal(SignatureFailureReason.StaleTimestamp, url.Reason);
        Assert.Contains("MemberCards:WeChat:PushTimestampWindow", push.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_timestamp_window_is_configurable_and_defaults_to_5_minutes()
    {
        var clock = Dispatchers.ClockAtSigning();
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var strict = Dispatchers.Create(new WeChatCardsOptions { AppId = WeChatTestHosts.AppId, AppSecret = "s", PushToken = WeChatTestHosts.PushToken, PushTimestampWindow = TimeSpan.FromSeconds(30) }, time: clock);
        var standard = Dispatchers.Create(Settings, time: clock);

        Assert.Equal(TimeSpan.FromMinutes(5), new WeChatCardsOptions().PushTimestampWindow);
        Assert.Equal("echo", standard.VerifyUrl(Signed(now - 299)));
        Assert.Equal("echo", standard.VerifyUrl(Signed(now + 299)));
        Assert.Equal(SignatureFailureReason.StaleTimestamp, Assert.Throws<MemberCardsSignatureException>(() => standard.VerifyUrl(Signed(now - 301))).Reason);
        Assert.Equal(SignatureFailureReason.StaleTimestamp, Assert.Throws<MemberCardsSignatureException>(() => strict.VerifyUrl(Signed(now - 60))).Reason);
    }

    [Fact]
    public void Every_signature_failure_carries_its_reason()
    {
        var dispatcher = Dispatchers.Create(Settings);
        var now = Dispatchers.ClockAtSigning().GetUtcNow().ToUnixTimeSeconds();
        var plain = Encoding.UTF8.GetBytes(Event("user_view_card", string.Empty));
        var encrypted = WeChatMessageCipher.Encrypt(WeChatTestHosts.EncodingAesKey, WeChatTestHosts.AppId, Event("user_view_card", string.Empty));
        var safe = Encoding.UTF8.GetBytes($"<xml><ToUserName>gh</ToUserName><Encrypt><![CDATA[{encrypted}]]></Encrypt></xml>");
        var otherApp = WeChatMessageCipher.Encrypt(WeChatTestHosts.EncodingAesKey, "wxOtherAccount00001", Event("user_view_card", string.Empty));
        var notBase64 = "%%%not-base64%%%";

        SignatureFailureReason Reason(Action act) => Assert.Throws<MemberCardsSignatureException>(act).Reason;

        Assert.Equal(SignatureFailureReason.MissingHeaders, Reason(() => dispatcher.Parse(new WeChatPushQuery { Timestamp = "1", Nonce = Nonce }, plain)));
        Assert.Equal(SignatureFailureReason.MissingHeaders, Reason(() => dispatcher.Parse(new WeChatPushQuery { EncryptType = "aes", Timestamp = "1", Nonce = Nonce }, safe)));
        Assert.Equal(SignatureFailureReason.Mismatch, Reason(() => dispatcher.Parse(Signed(now) is var q ? new WeChatPushQuery { Signature = new string('0', 40), Timestamp = q.Timestamp, Nonce = Nonce } : null!, plain)));
        Assert.Equal(SignatureFailureReason.Mismatch, Reason(() => dispatcher.Parse(Signed(now, encrypt: "other"), safe)));
        Assert.Equal(SignatureFailureReason.Mismatch, Reason(() => dispatcher.Parse(Signed(now, otherApp), Encoding.UTF8.GetBytes($"<xml><Encrypt><![CDATA[{otherApp}]]></Encrypt></xml>"))));
        Assert.Equal(SignatureFailureReason.Malformed, Reason(() => dispatcher.Parse(Signed(now, notBase64), Encoding.UTF8.GetBytes($"<xml><Encrypt><![CDATA[{notBase64}]]></Encrypt></xml>"))));
        var badTime = new WeChatPushQuery { Signature = WeChatServerSignature.Compute(WeChatTestHosts.PushToken, "soon", Nonce), Timestamp = "soon", Nonce = Nonce };
        Assert.Equal(SignatureFailureReason.Malformed, Reason(() => dispatcher.Parse(badTime, plain)));
        Assert.Equal(SignatureFailureReason.StaleTimestamp, Reason(() => dispatcher.Parse(Signed(now - 3600), plain)));
    }

    [Fact]
    public async Task Bad_input_gives_a_faulted_task_not_a_synchronous_throw()
    {
        var dispatcher = Dispatchers.Create(Settings);

        var task = dispatcher.DispatchAsync(new WeChatPushQuery(), Encoding.UTF8.GetBytes("not xml"));

        Assert.True(task.IsFaulted);
        await Assert.ThrowsAsync<MemberCardsSignatureException>(() => task); // verified before the body is read

    }

    [Fact]
    public async Task A_thousand_concurrent_identical_pushes_run_the_handler_exactly_once()
    {
        var recorder = new Recorder { Delay = TimeSpan.FromMilliseconds(20) };
        var dispatcher = Dispatchers.Create(Settings, b => b.AddHandler<WeChatUserViewCardEvent, RecordingHandler<WeChatUserViewCardEvent>>(), recorder);
        var now = Dispatchers.ClockAtSigning().GetUtcNow().ToUnixTimeSeconds();
        var body = Encoding.UTF8.GetBytes(Event("user_view_card", "<CardId>p</CardId>", from: "oBurst", createTime: now));

        var results = await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => Task.Run(() => dispatcher.DispatchAsync(Signed(now), body))));

        Assert.Equal(1, recorder.Count);
        Assert.Equal(1, results.Count(r => r.Outcome == InboundOutcome.Handled));
        Assert.All(results, r => Assert.Contains(r.Outcome, new[] { InboundOutcome.Handled, InboundOutcome.Duplicate, InboundOutcome.InProgress }));
    }

    [Fact]
    public async Task Handlers_run_concrete_type_then_families_then_all_and_registering_twice_registers_once()
    {
        var recorder = new Recorder();
        var dispatcher = Dispatchers.Create(Settings, b => b
            .AddHandler<WeChatEvent, RecordingHandler<WeChatEvent>>()
            .AddHandler<WeChatCardEvent, RecordingHandler<WeChatCardEvent>>()
            .AddHandler<WeChatUserCardEvent, RecordingHandler<WeChatUserCardEvent>>()
            .AddHandler<WeChatUserGetCardEvent, RecordingHandler<WeChatUserGetCardEvent>>()
            .AddHandler<WeChatUserGetCardEvent, SecondRecordingHandler<WeChatUserGetCardEvent>>()
            .AddHandler<WeChatUserGetCardEvent, RecordingHandler<WeChatUserGetCardEvent>>(), recorder);
        var now = Dispatchers.ClockAtSigning().GetUtcNow().ToUnixTimeSeconds();
        var body = Encoding.UTF8.GetBytes(Event("user_get_card", "<CardId>pCard</CardId><UserCardCode>123</UserCardCode>", from: "oOrder"));

        var result = await dispatcher.DispatchAsync(Signed(now), body);

        Assert.Equal(InboundOutcome.Handled, result.Outcome);
        Assert.Equal(
            ["WeChatUserGetCardEvent", "second WeChatUserGetCardEvent", "WeChatUserCardEvent", "WeChatCardEvent", "WeChatEvent"],
            recorder.Seen.Select(s => s.Handler));
        var context = recorder.Seen.First().Context;
        Assert.Equal((string.Empty, WeChatTestHosts.AppId, "wechat:oOrder:1716192000:user_get_card"), (context.RegistrationName, context.AppId, context.MessageId));
        Assert.Equal(body, context.RawMessage.ToArray());
    }

    [Fact]
    public async Task A_push_without_a_handler_is_unhandled_and_not_remembered()
    {
        var dispatcher = Dispatchers.Create(Settings);
        var now = Dispatchers.ClockAtSigning().GetUtcNow().ToUnixTimeSeconds();
        var body = Encoding.UTF8.GetBytes(Event("card_pass_check", "<CardId>p</CardId>", from: "oNobody"));

        var first = await dispatcher.DispatchAsync(Signed(now), body);
        var second = await dispatcher.DispatchAsync(Signed(now), body);

        Assert.Equal((InboundOutcome.Unhandled, InboundOutcome.Unhandled), (first.Outcome, second.Outcome));
        Assert.True(first.Acknowledge);
    }

    [Fact]
    public void The_dispatcher_factory_fails_at_once_for_an_unknown_name()
    {
        var services = new ServiceCollection();
        services.AddMemberCards().AddWeChatCards("brandA").Configure(o =>
        {
            o.AppId = WeChatTestHosts.AppId;
            o.AppSecret = "s";
            o.PushToken = "t";
        });
        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IWeChatDispatcherFactory>();

        var ex = Assert.Throws<InvalidOperationException>(() => factory.Create("nope"));

        Assert.Equal("brandA", factory.Create("brandA").RegistrationName);
        Assert.Contains("MemberCards:WeChat(nope) is not registered (registered: 'brandA')", ex.Message, StringComparison.Ordinal);
    }
}
