using System.Net;
using System.Text;
using MemberCards.Sdk.AspNetCore.Tests.Support;
using MemberCards.Sdk.Security;
using MemberCards.Sdk.Testing.WeChat;
using MemberCards.Sdk.WeChat;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.AspNetCore.Tests.Integration;

public sealed class WeChatCardEventsEndpointTests : IAsyncLifetime
{
    private const string AppId = "wx1234567890abcdef";
    private const string PushToken = "endpoint-test-token";
    private const string AesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static readonly string Now = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
    private ReceiverHost host = null!;

    public async Task InitializeAsync()
        => host = await ReceiverHost.StartAsync(
            b =>
            {
                b.AddWeChatCards(o =>
                {
                    o.AppId = AppId;
                    o.AppSecret = "secret";
                    o.PushToken = PushToken;
                    o.EncodingAesKey = AesKey;
                    o.MaxMessageBytes = 4096;

                    // This host reads plaintext and safe-mode pushes alike, as while an account is switched to safe mode;
                    // the default (a key refuses plaintext) is the test below.
                    o.RequireEncryptedPushes = false;
                })
                .AddHandler<WeChatUserGetCardEvent, WeChatUserGetCardRecorder>()
                .AddHandler<WeChatEvent, WeChatAnyEventRecorder>();
            },
            app => app.MapWeChatCardEvents("/wechat/events"));

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_url_verification_echoes_echostr_verbatim()
    {
        var signature = WeChatServerSignature.Compute(PushToken, Now, "nonce42");
        using var http = new HttpClient();

        using var response = await http.GetAsync(host.Url($"/wechat/events?signature={signature}&timestamp={Now}&nonce=nonce42&echostr=5837397520946166"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("5837397520946166", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_url_verification_with_a_wrong_signature_is_refused_with_401()
    {
        var signature = WeChatServerSignature.Compute("another-token", Now, "nonce42");
        using var http = new HttpClient();

        using var response = await http.GetAsync(host.Url($"/wechat/events?signature={signature}&timestamp={Now}&nonce=nonce42&echostr=5837397520946166"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("5837397520946166", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_user_get_card_push_reaches_the_typed_and_the_catch_all_handler_in_plain_and_safe_mode(bool safeMode)
    {
        await using var wechat = await StartEmulatorAsync(PushToken, safeMode);

        var push = await wechat.PushEventAsync(AppId, "user_get_card", "openid-get-1", UserGetCardFields("812345678901"));

        Assert.Equal(200, push.CallbackStatus);
        Assert.Equal(string.Empty, push.CallbackResponse);
        var handled = Assert.Single(host.Handled.Of<WeChatUserGetCardEvent>());
        Assert.Equal("812345678901", handled.UserCardCode);
        Assert.Equal("pCardId0001", handled.CardId);
        Assert.Equal("openid-get-1", handled.FromUserName);
        Assert.Contains(("any", "user_get_card"), host.Handled.Of<(string, string?)>());
        Assert.Equal(safeMode, push.Query.Contains("encrypt_type=aes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_push_signed_with_another_token_is_refused_with_401_and_not_handled()
    {
        await using var wechat = await StartEmulatorAsync("another-token", safeMode: false);

        var push = await wechat.PushEventAsync(AppId, "user_get_card", "openid-forged", UserGetCardFields("812345678902"));

        Assert.Equal(401, push.CallbackStatus);
        Assert.Empty(host.Handled.All);
    }

    [Fact]
    public async Task A_safe_mode_push_signed_with_another_token_is_refused_with_401()
    {
        await using var wechat = await StartEmulatorAsync("another-token", safeMode: true);

        var push = await wechat.PushEventAsync(AppId, "user_get_card", "openid-forged-aes", UserGetCardFields("812345678903"));

        Assert.Equal(401, push.CallbackStatus);
        Assert.Empty(host.Handled.All);
    }

    [Fact]
    public async Task A_retried_push_is_answered_200_without_running_the_handlers_again()
    {
        await using var wechat = await StartEmulatorAsync(PushToken, safeMode: true);
        var push = await wechat.PushEventAsync(AppId, "user_get_card", "openid-dup", UserGetCardFields("812345678904"));

        var retry = await wechat.ResendAsync(push);

        Assert.Equal(200, push.CallbackStatus);
        Assert.Equal(200, retry.CallbackStatus);
        Assert.Single(host.Handled.Of<WeChatUserGetCardEvent>());
    }

    [Fact]
    public async Task A_plaintext_body_posted_under_encrypt_type_aes_with_a_zero_msg_signature_is_refused_with_401_and_not_handled()
    {
        // Issue 19 item 1: the plain signature (token, timestamp, nonce) seen in a proxy log, a forged msg_signature, a plaintext event.
        var signature = WeChatServerSignature.Compute(PushToken, Now, "n-downgrade");
        var xml = $"<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[openid-injected]]></FromUserName><CreateTime>{Now}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[user_get_card]]></Event><CardId><![CDATA[pCardId0001]]></CardId><UserCardCode><![CDATA[666]]></UserCardCode></xml>";
        using var http = new HttpClient();

        using var response = await http.PostAsync(host.Url($"/wechat/events?signature={signature}&timestamp={Now}&nonce=n-downgrade&openid=openid-injected&encrypt_type=aes&msg_signature={new string('0', 40)}"), new StringContent(xml, Encoding.UTF8, "text/xml"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Handled.All);
    }

    [Theory]
    [InlineData("<xml><a>")]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY e "x">]><xml><a>&e;</a></xml>""")]
    [InlineData("")]
    public async Task An_unsigned_push_is_refused_with_401_whatever_its_body(string body)
    {
        using var http = new HttpClient();

        using var plain = await http.PostAsync(host.Url("/wechat/events"), new StringContent(body, Encoding.UTF8, "text/xml"));
        using var safe = await http.PostAsync(host.Url($"/wechat/events?timestamp={Now}&nonce=n&encrypt_type=aes&msg_signature={new string('0', 40)}"), new StringContent(body, Encoding.UTF8, "text/xml"));

        Assert.Equal(HttpStatusCode.Unauthorized, plain.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, safe.StatusCode);
        Assert.Empty(host.Handled.All);
    }

    [Fact]
    public async Task A_body_over_MaxMessageBytes_is_refused_with_413()
    {
        var signature = WeChatServerSignature.Compute(PushToken, Now, "n1");
        using var http = new HttpClient();
        var xml = "<xml><ToUserName><![CDATA[gh_1]]></ToUserName><Junk>" + new string('x', 5000) + "</Junk></xml>";

        using var response = await http.PostAsync(host.Url($"/wechat/events?signature={signature}&timestamp={Now}&nonce=n1"), new StringContent(xml, Encoding.UTF8, "text/xml"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(host.Handled.All);
    }

    [Fact]
    public async Task A_throwing_handler_gets_500_and_WeChat_retry_is_handled_exactly_once()
    {
        await using var wechat = await StartEmulatorAsync(PushToken, safeMode: false);
        host.Handled.FailNext();

        var first = await wechat.PushEventAsync(AppId, "user_get_card", "openid-retry", UserGetCardFields("812345678905"));
        var retry = await wechat.ResendAsync(first);
        var lateRetry = await wechat.ResendAsync(first);

        Assert.Equal(500, first.CallbackStatus);
        Assert.Equal(200, retry.CallbackStatus);
        Assert.Equal(200, lateRetry.CallbackStatus);
        Assert.Equal(1, host.Handled.Failures);
        Assert.Equal("812345678905", Assert.Single(host.Handled.Of<WeChatUserGetCardEvent>()).UserCardCode);
    }

    [Fact]
    public async Task A_url_verification_signed_400_days_ago_is_refused_with_401()
    {
        var stale = DateTimeOffset.UtcNow.AddDays(-400).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = WeChatServerSignature.Compute(PushToken, stale, "nonce42");
        using var http = new HttpClient();

        using var response = await http.GetAsync(host.Url($"/wechat/events?signature={signature}&timestamp={stale}&nonce=nonce42&echostr=5837397520946166"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task MapWeChatCardEvents_without_a_PushToken_fails_at_start_naming_the_setting()
    {
        var ex = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => ReceiverHost.StartAsync(
            b => b.AddWeChatCards(o =>
            {
                o.AppId = AppId;
                o.AppSecret = "secret";
            }),
            app => app.MapWeChatCardEvents("/wechat/events")));

        Assert.Contains("MemberCards:WeChat:PushToken is required", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_its_EncodingAesKey_set_the_endpoint_refuses_a_plaintext_push_with_401_by_default_and_reads_a_safe_mode_one()
    {
        await using var safe = await ReceiverHost.StartAsync(
            b => b.AddWeChatCards(o =>
            {
                o.AppId = AppId;
                o.AppSecret = "secret";
                o.PushToken = PushToken;
                o.EncodingAesKey = AesKey;
            }).AddHandler<WeChatEvent, WeChatAnyEventRecorder>(),
            app => app.MapWeChatCardEvents("/wechat/events"));
        await using var plain = await WeChat(safe, safeMode: false);
        await using var encrypted = await WeChat(safe, safeMode: true);

        var refused = await plain.PushEventAsync(AppId, "user_get_card", "openid-plain", UserGetCardFields("812345678902"));
        var read = await encrypted.PushEventAsync(AppId, "user_get_card", "openid-safe", UserGetCardFields("812345678903"));

        Assert.Equal(401, refused.CallbackStatus);
        Assert.Equal(200, read.CallbackStatus);
        Assert.Equal([("any", "user_get_card")], safe.Handled.Of<(string, string?)>());

        static Task<WeChatEmulator> WeChat(ReceiverHost receiver, bool safeMode) => WeChatEmulator.StartAsync(o =>
        {
            o.Apps[AppId] = "secret";
            o.PushToken = PushToken;
            o.CallbackUrl = receiver.Url("/wechat/events");
            o.EncodingAesKey = AesKey;
            o.EncryptPushes = safeMode;
        });
    }

    private Task<WeChatEmulator> StartEmulatorAsync(string pushToken, bool safeMode)
        => WeChatEmulator.StartAsync(o =>
        {
            o.Apps[AppId] = "secret";
            o.PushToken = pushToken;
            o.CallbackUrl = host.Url("/wechat/events");
            o.EncodingAesKey = AesKey;
            o.EncryptPushes = safeMode;
        });

    private static (string, string)[] UserGetCardFields(string code) =>
    [
        ("CardId", "pCardId0001"),
        ("IsGiveByFriend", "0"),
        ("UserCardCode", code),
        ("OuterStr", "quickstart"),
    ];
}
