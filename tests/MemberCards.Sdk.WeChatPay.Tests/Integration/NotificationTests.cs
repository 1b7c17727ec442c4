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
    private static IWeChatPayNotificationHandler Handler(Harness harness) => harness.Services.GetRequiredService<IWeChatPayNotificationHandler>();

    [Theory]
    [InlineData(WeChatPayUserCardEvent.CreateEventType, UserCardEventKind.Created, WeChatPayResponseSigning.PublicKey)]
    [InlineData(WeChatPayUserCardEvent.DeleteEventType, UserCardEventKind.Deleted, WeChatPayResponseSigning.PlatformCertificate)]
    public async Task A_notification_is_verified_decrypted_and_typed(string eventType, UserCardEventKind kind, WeChatPayResponseSigning signing)
    {
        await using var harness = await Harness.StartAsync((e, o) => { e.ConfigurePublicKeyMode(o, withApiV3Key: true); }, null, null);
        var notification = harness.Emulator.CreateNotification(eventType, "478515832665", signing);

        var parsed = await Handler(harness).ParseAsync(notification.Headers, notification.Body);

        Assert.Equal(notification.Id, parsed.Id);
        Assert.Equal(eventType, parsed.EventType);
        Assert.Equal(kind, parsed.Kind);
        Assert.Equal("会员卡事件", parsed.Summary);
        Assert.Equal("478515832665", parsed.UserCard.UserCardCode);
        Assert.Equal("13800138000", parsed.UserCard.PhoneNumber!.Reveal());
        Assert.Equal("男", parsed.UserCard.UserInformation!.CommonFieldList![0].Value!.Reveal());
        Assert.Equal(UserCardState.Effective, parsed.UserCard.UserCardState);
    }

    [Theory]
    [InlineData(WeChatPayMisbehavior.ProbeSignature)]
    [InlineData(WeChatPayMisbehavior.StaleTimestamp)]
    [InlineData(WeChatPayMisbehavior.TamperedBody)]
    [InlineData(WeChatPayMisbehavior.Unsigned)]
    [InlineData(WeChatPayMisbehavior.WrongSerial)]
    public async Task A_spoiled_notification_is_refused_with_401_and_not_handled(WeChatPayMisbehavior misbehavior)
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        harness.Emulator.Misbehave(misbehavior);
        var notification = harness.Emulator.CreateNotification(WeChatPayUserCardEvent.CreateEventType, "478515832665");
        var handled = 0;

        var answer = await Handler(harness).HandleAsync(notification.Headers, notification.Body, (_, _) => { handled++; return Task.CompletedTask; });

        Assert.Equal(401, answer.StatusCode);
        Assert.Equal("""{"code":"FAIL","message":"signature verification failed"}""", answer.Body);
        Assert.Equal(0, handled);
        await Assert.ThrowsAsync<MemberCardsSignatureException>(() => Handler(harness).ParseAsync(notification.Headers, notification.Body));
    }

    [Fact]
    public async Task A_wrong_apiv3_key_fails_the_tag_check()
    {
        await using var harness = await Harness.PublicKeyModeAsync(o => o.ApiV3Key = new string('z', 32));
        var notification = harness.Emulator.CreateNotification(WeChatPayUserCardEvent.CreateEventType, "478515832665");

        var error = await Assert.ThrowsAsync<MemberCardsSignatureException>(() => Handler(harness).ParseAsync(notification.Headers, notification.Body));
        Assert.Contains("APIv3 key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duplicates_are_answered_200_without_running_the_handler_again_and_failures_ask_for_redelivery()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        var notification = harness.Emulator.CreateNotification(WeChatPayUserCardEvent.CreateEventType, "478515832665");
        var handled = new List<string>();

        var failed = await Handler(harness).HandleAsync(notification.Headers, notification.Body, (_, _) => throw new InvalidOperationException("db down"));
        var first = await Handler(harness).HandleAsync(notification.Headers, notification.Body, (e, _) => { handled.Add(e.UserCard.UserCardCode!); return Task.CompletedTask; });
        var second = await Handler(harness).HandleAsync(notification.Headers, notification.Body, (e, _) => { handled.Add(e.UserCard.UserCardCode!); return Task.CompletedTask; });

        Assert.Equal(500, failed.StatusCode);
        Assert.DoesNotContain("db down", failed.Body, StringComparison.Ordinal);
        Assert.Equal(200, first.StatusCode);
        Assert.Equal(200, second.StatusCode);
        Assert.Equal(["478515832665"], handled);
    }

    [Fact]
    public async Task A_malformed_body_is_answered_400()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        var notification = harness.Emulator.CreateNotification(WeChatPayUserCardEvent.CreateEventType, "478515832665");
        var body = Encoding.UTF8.GetBytes("""{"id":"x"}""");
        var headers = new Dictionary<string, string>(notification.Headers);
        var signed = harness.Emulator.PublicKey.Rsa;
        headers["Wechatpay-Signature"] = MemberCards.Sdk.Security.RsaSha256.Sign(signed, ResponseSignature.BuildMessage(headers["Wechatpay-Timestamp"], headers["Wechatpay-Nonce"], body));

        var answer = await Handler(harness).HandleAsync(headers, body, (_, _) => Task.CompletedTask);

        Assert.Equal(400, answer.StatusCode);
    }

    [Fact]
    public async Task The_emulator_delivers_notifications_over_HTTP_to_a_handler_endpoint()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        var received = new List<WeChatPayUserCardEvent>();
        var handler = Handler(harness);
        await using var merchantSite = await EmulatorHost.StartAsync(app => app.MapPost("/notify", (RequestDelegate)(async context =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            var answer = await handler.HandleAsync(headers, buffer.ToArray(), (e, _) => { received.Add(e); return Task.CompletedTask; });
            context.Response.StatusCode = answer.StatusCode;
            if (answer.Body is not null)
            {
                context.Response.ContentType = answer.ContentType;
                await context.Response.WriteAsync(answer.Body);
            }
        })));

        var status = await WeChatPayEmulator.SendNotificationAsync(new Uri(merchantSite.BaseAddress, "notify"), harness.Emulator.CreateNotification(WeChatPayUserCardEvent.DeleteEventType, "478515832665"));
        harness.Emulator.Misbehave(WeChatPayMisbehavior.ProbeSignature);
        var probe = await WeChatPayEmulator.SendNotificationAsync(new Uri(merchantSite.BaseAddress, "notify"), harness.Emulator.CreateNotification(WeChatPayUserCardEvent.CreateEventType, "478515832665"));

        Assert.Equal(200, status);
        Assert.Equal(401, probe);
        Assert.Equal(UserCardEventKind.Deleted, Assert.Single(received).Kind);
    }
}
