using System.Collections.Concurrent;
using MemberCards.Sdk.Security;
using MemberCards.Sdk.Testing;
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.WeChatPay.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

/// <summary>
/// Issue 21: notifications of the brand-direct family (<c>BRAND_MEMBER_CARD.*</c>), sent by the emulator over real HTTP
/// to an endpoint that dispatches them for a brand registration (public key only), routed on <c>resource.original_type</c>.
/// </summary>
public sealed class BrandNotificationTests
{
    private const string Code = "478515832665";

    [Fact]
    public async Task Every_brand_event_is_verified_with_the_public_key_and_reaches_its_typed_handler()
    {
        var seen = new Seen();
        await using var harness = await BrandAsync(seen);
        await using var site = await MerchantSiteAsync(harness);
        var notifications = new[]
        {
            harness.Emulator.CreateNotification(WeChatPayUserCardEvent.BrandCreateEventType, Code, WeChatPayResponseSigning.Brand),
            harness.Emulator.CreateNotification(WeChatPayUserCardEvent.BrandDeleteEventType, Code, WeChatPayResponseSigning.Brand),
            harness.Emulator.CreatePointExchangeCouponNotification(WeChatPayPointExchangeCouponEvent.BrandEventType, Code, "REC-BRAND-1", 300, WeChatPayResponseSigning.Brand),
            harness.Emulator.CreateSyncUserPointNotification(WeChatPaySyncUserPointEvent.BrandEventType, Code, WeChatPayResponseSigning.Brand),
        };

        var statuses = new List<int>();
        foreach (var notification in notifications)
        {
            Assert.Equal(RequestSignature.BrandScheme, notification.Headers["Wechatpay-Signature-Type"]);
            Assert.Equal(harness.Emulator.PublicKeyId, notification.Headers["Wechatpay-Serial"]);
            statuses.Add(await WeChatPayEmulator.SendNotificationAsync(site.Uri, notification));
        }

        Assert.Equal([200, 200, 200, 200], statuses);
        Assert.Equal(0, harness.Keys.DownloadCount);
        var messages = seen.Messages.ToArray();
        Assert.Equal(notifications.Select(n => n.Id), messages.Select(m => m.Id));
        var created = Assert.IsType<WeChatPayUserCardEvent>(messages[0]);
        Assert.Equal(UserCardEventKind.Created, created.Kind);
        Assert.Equal("13800138000", created.UserCard.PhoneNumber!.Reveal());
        Assert.Equal(UserCardEventKind.Deleted, Assert.IsType<WeChatPayUserCardEvent>(messages[1]).Kind);
        var exchange = Assert.IsType<WeChatPayPointExchangeCouponEvent>(messages[2]);
        Assert.Equal(WeChatPayPointExchangeCouponEvent.BrandEventType, exchange.EventType);
        Assert.Equal(WeChatPayOriginalTypes.PointCoupon, exchange.OriginalType);
        Assert.Equal(300, exchange.DeductPoints);
        var sync = Assert.IsType<WeChatPaySyncUserPointEvent>(messages[3]);
        Assert.Equal(WeChatPayOriginalTypes.SyncUserPoint, sync.OriginalType);
        Assert.Equal(Code, sync.UserCardCode);
    }

    [Theory]
    [InlineData(WeChatPayResponseSigning.PublicKey, WeChatPayMisbehavior.None, SignatureFailureReason.Malformed)]
    [InlineData(WeChatPayResponseSigning.PlatformCertificate, WeChatPayMisbehavior.None, SignatureFailureReason.Malformed)]
    [InlineData(WeChatPayResponseSigning.Brand, WeChatPayMisbehavior.TamperedBody, SignatureFailureReason.Mismatch)]
    [InlineData(WeChatPayResponseSigning.Brand, WeChatPayMisbehavior.WrongSerial, SignatureFailureReason.UnknownSerial)]
    public async Task A_brand_registration_refuses_a_partner_signed_or_tampered_notification_and_runs_no_handler(WeChatPayResponseSigning signing, WeChatPayMisbehavior misbehavior, SignatureFailureReason reason)
    {
        var seen = new Seen();
        await using var harness = await BrandAsync(seen);
        await using var site = await MerchantSiteAsync(harness);
        harness.Emulator.Misbehave(misbehavior);
        var notification = harness.Emulator.CreateNotification(WeChatPayUserCardEvent.BrandCreateEventType, Code, signing);

        var status = await WeChatPayEmulator.SendNotificationAsync(site.Uri, notification);
        var error = await Assert.ThrowsAsync<MemberCardsSignatureException>(() => Dispatcher(harness).DispatchAsync(notification.Headers, notification.Body));

        Assert.Equal(401, status);
        Assert.Equal(reason, error.Reason);
        Assert.Empty(seen.Messages);
        Assert.Equal(0, harness.Keys.DownloadCount);
    }

    [Fact]
    public async Task A_partner_registration_refuses_a_brand_signed_notification()
    {
        var seen = new Seen();
        await using var harness = await Harness.StartAsync((e, o) => e.ConfigurePublicKeyMode(o), null, null, b => b.AddHandler<WeChatPayEvent, Typed>(), s => s.AddSingleton(seen));
        var notification = harness.Emulator.CreateNotification(WeChatPayUserCardEvent.BrandCreateEventType, Code, WeChatPayResponseSigning.Brand);

        var error = await Assert.ThrowsAsync<MemberCardsSignatureException>(() => Dispatcher(harness).DispatchAsync(notification.Headers, notification.Body));

        Assert.Equal(SignatureFailureReason.Malformed, error.Reason);
        Assert.Contains(RequestSignature.BrandScheme, error.Message, StringComparison.Ordinal);
        Assert.Empty(seen.Messages);
    }

    private static Task<Harness> BrandAsync(Seen seen) => Harness.StartAsync(
        (e, o) => e.ConfigurePublicKeyMode(o, withApiV3Key: true),
        o =>
        {
            o.Family = WeChatPayFamily.Brand;
            o.BrandId = "1004";
            o.MerchantId = null;
        },
        null,
        b => b.AddHandler<WeChatPayEvent, Typed>(),
        s => s.AddSingleton(seen));

    private static IWeChatPayDispatcher Dispatcher(Harness harness) => harness.Services.GetRequiredService<IWeChatPayDispatcher>();

    /// <summary>A merchant endpoint that dispatches what it receives: 200 when handled, 401 when it does not verify.</summary>
    private static async Task<MerchantSite> MerchantSiteAsync(Harness harness)
    {
        var dispatcher = Dispatcher(harness);
        var host = await EmulatorHost.StartAsync(app => app.MapPost("/brand-notify", (RequestDelegate)(async context =>
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
        return new MerchantSite(host);
    }

    internal sealed class MerchantSite(EmulatorHost host) : IAsyncDisposable
    {
        public Uri Uri { get; } = new(host.BaseAddress, "brand-notify");

        public ValueTask DisposeAsync() => host.DisposeAsync();
    }

    internal sealed class Seen
    {
        public ConcurrentQueue<WeChatPayEvent> Messages { get; } = new();
    }

    internal sealed class Typed(Seen seen) : IWeChatPayMessageHandler<WeChatPayEvent>
    {
        public Task HandleAsync(WeChatPayEvent message, WeChatPayMessageContext context, CancellationToken cancellationToken)
        {
            seen.Messages.Enqueue(message);
            return Task.CompletedTask;
        }
    }
}
