using System.Net;
using System.Text;
using MemberCards.Sdk.AspNetCore.Tests.Support;
using MemberCards.Sdk.Security;
using MemberCards.Sdk.Testing.WeChat;
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.TestSources;
using MemberCards.Sdk.WeChat;
using MemberCards.Sdk.WeChatPay;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MemberCards.Sdk.AspNetCore.Tests.Integration;

/// <summary>
/// Issue 23, runtime onboarding on the SDK's own endpoints: a pattern with <c>{registration}</c> serves the merchants and
/// accounts a registration source gives while the host runs, each verified with its own keys, and refuses a name the
/// source no longer knows exactly as a route that is not mapped.
/// </summary>
public sealed class SourcedEndpointTests
{
    private const string UserCardCode = "478515832665";
    private const string BrandAppId = "wx00000000feedbeef";
    private const string BrandSecret = "secret-of-the-sourced-account-0001";
    private const string BrandPushToken = "push-token-of-the-sourced-account";
    private const string HomeAppId = "wx1234567890abcdef";
    private const string HomePushToken = "push-token-of-the-registered-account";
    private const string AesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    [Fact]
    public async Task A_merchant_added_through_the_source_gets_its_notifications_verified_with_its_own_keys_and_once_removed_is_refused_like_an_unmapped_route()
    {
        await using var home = await WeChatPayEmulator.StartAsync();
        await using var brand = await WeChatPayEmulator.StartAsync(new WeChatPayEmulatorOptions { MerchantId = "1900000200" });
        home.PutUserCard(WeChatPayEmulator.SampleUserCard(UserCardCode));
        brand.PutUserCard(WeChatPayEmulator.SampleUserCard(UserCardCode));
        var source = new InMemoryRegistrationSource<WeChatPayOptions>();
        await using var host = await ReceiverHost.StartAsync(
            b =>
            {
                b.AddWeChatPay("home", o => home.ConfigurePublicKeyMode(o)).AddHandler<WeChatPayUserCardEvent, WeChatPayRegistrationRecorder>();
                b.AddWeChatPaySource(source);
            },
            app => app.MapWeChatPayNotifications("/wechatpay/notify/{registration}"));
        var cache = host.Services.GetRequiredService<IMemberCardsRegistrationCache<WeChatPayOptions>>();
        var unmapped = await AnswerAsync(await PostAsync(host.Url("/wechatpay/elsewhere/brandA"), brand.CreateNotification(WeChatPayUserCardEvent.CreateEventType, UserCardCode)));

        // Not onboarded yet: the source does not know the name, and the route answers as if it were not mapped.
        var early = await AnswerAsync(await PostAsync(host.Url("/wechatpay/notify/brandA"), brand.CreateNotification(WeChatPayUserCardEvent.CreateEventType, UserCardCode)));
        Assert.Equal(HttpStatusCode.NotFound, unmapped.Status);
        Assert.Equal(unmapped, early);

        // Onboarding: in the store and invalidated (the "unknown" answer was cached), the brand's notification reaches the
        // handlers under its name, verified and decrypted with its keys (the phone number is encrypted to its merchant key).
        source.Put("brandA", o => brand.ConfigurePublicKeyMode(o));
        cache.Invalidate("brandA");
        var notification = brand.CreateNotification(WeChatPayUserCardEvent.CreateEventType, UserCardCode);
        Assert.Equal(200, await WeChatPayEmulator.SendNotificationAsync(host.Url("/wechatpay/notify/brandA"), notification));
        var (registration, handled) = Assert.Single(host.Handled.Of<(string, WeChatPayUserCardEvent)>());
        Assert.Equal("brandA", registration);
        Assert.Equal(notification.Id, handled.Id);
        Assert.Equal("13800138000", handled.UserCard.PhoneNumber!.Reveal());

        // The same route serves the registered merchant with its own keys: the brand's signature does not verify there.
        Assert.Equal(401, await WeChatPayEmulator.SendNotificationAsync(host.Url("/wechatpay/notify/home"), brand.CreateNotification(WeChatPayUserCardEvent.CreateEventType, UserCardCode)));
        var toHome = home.CreateNotification(WeChatPayUserCardEvent.CreateEventType, UserCardCode);
        Assert.Equal(200, await WeChatPayEmulator.SendNotificationAsync(host.Url("/wechatpay/notify/home"), toHome));
        Assert.Equal(new[] { "brandA", "home" }, host.Handled.Of<(string Registration, WeChatPayUserCardEvent)>().Select(m => m.Registration));

        // Offboarding: removed from the store and invalidated, the brand's next notification is refused as an unknown name.
        source.Remove("brandA");
        cache.Invalidate("brandA");
        var removed = await AnswerAsync(await PostAsync(host.Url("/wechatpay/notify/brandA"), brand.CreateNotification(WeChatPayUserCardEvent.CreateEventType, UserCardCode)));
        Assert.Equal(unmapped, removed);
        Assert.Equal(2, host.Handled.All.Count);
        Assert.Equal(2, host.Logs.Entries.Count(e => e.EventId.Id == 9011 && e.Text.Contains("'brandA'", StringComparison.Ordinal)));
        Assert.Equal(3, source.AskedFor("brandA"));
    }

    [Fact]
    public async Task An_account_added_through_the_source_gets_its_url_check_and_pushes_verified_with_its_own_token_and_once_removed_is_refused_like_an_unmapped_route()
    {
        var source = new InMemoryRegistrationSource<WeChatCardsOptions>();
        await using var host = await ReceiverHost.StartAsync(
            b =>
            {
                b.AddWeChatCards("home").Configure(o =>
                {
                    o.AppId = HomeAppId;
                    o.AppSecret = "secret";
                    o.PushToken = HomePushToken;
                })
                .AddHandler<WeChatUserGetCardEvent, WeChatRegistrationRecorder>();
                b.AddWeChatCardsSource(source);
            },
            app => app.MapWeChatCardEvents("/wechat/events/{registration}"));
        await using var wechat = await WeChatEmulator.StartAsync(o =>
        {
            o.Apps[BrandAppId] = BrandSecret;
            o.PushToken = BrandPushToken;
            o.CallbackUrl = host.Url("/wechat/events/brandX");
            o.EncodingAesKey = AesKey;
            o.EncryptPushes = true;
        });
        var cache = host.Services.GetRequiredService<IMemberCardsRegistrationCache<WeChatCardsOptions>>();
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var urlCheck = $"?signature={WeChatServerSignature.Compute(BrandPushToken, now, "nonce42")}&timestamp={now}&nonce=nonce42&echostr=5837397520946166";
        using var http = new HttpClient();
        var unmappedGet = await AnswerAsync(await http.GetAsync(host.Url("/wechat/elsewhere/brandX" + urlCheck)));

        // Onboarding: the console's URL check and a safe-mode push (decrypted with the account's AppId and AESKey).
        source.Put("brandX", o =>
        {
            o.AppId = BrandAppId;
            o.AppSecret = BrandSecret;
            o.PushToken = BrandPushToken;
            o.EncodingAesKey = AesKey;
            o.BaseAddress = wechat.BaseAddress;
        });
        var echo = await AnswerAsync(await http.GetAsync(host.Url("/wechat/events/brandX" + urlCheck)));
        Assert.Equal((HttpStatusCode.OK, "text/plain; charset=utf-8", "5837397520946166"), (echo.Status, echo.ContentType, echo.Body));
        var push = await wechat.PushEventAsync(BrandAppId, "user_get_card", "openid-sourced", [("CardId", "pCardId0001"), ("IsGiveByFriend", "0"), ("UserCardCode", "812345678901")]);
        Assert.Equal(200, push.CallbackStatus);
        Assert.Equal(string.Empty, push.CallbackResponse);
        var (registration, handled) = Assert.Single(host.Handled.Of<(string, WeChatUserGetCardEvent)>());
        Assert.Equal("brandX", registration);
        Assert.Equal("812345678901", handled.UserCardCode);

        // The registered account is served by the same route with its own token: the sourced account's push does not verify there.
        using var toHome = await http.PostAsync(host.Url("/wechat/events/home" + push.Query), new ByteArrayContent(push.Body));
        Assert.Equal(HttpStatusCode.Unauthorized, toHome.StatusCode);

        // Offboarding: removed from the store and invalidated, the next push and URL check are refused as an unknown name.
        var unmappedPost = await AnswerAsync(await http.PostAsync(host.Url("/wechat/elsewhere/brandX" + push.Query), new ByteArrayContent(push.Body)));
        source.Remove("brandX");
        cache.Invalidate("brandX");
        var retry = await wechat.ResendAsync(push);
        var removedPost = await AnswerAsync(await http.PostAsync(host.Url("/wechat/events/brandX" + push.Query), new ByteArrayContent(push.Body)));
        var removedGet = await AnswerAsync(await http.GetAsync(host.Url("/wechat/events/brandX" + urlCheck)));
        Assert.Equal(404, retry.CallbackStatus);
        Assert.Equal(string.Empty, retry.CallbackResponse);
        Assert.Equal(HttpStatusCode.NotFound, unmappedPost.Status);
        Assert.Equal(unmappedPost, removedPost);
        Assert.Equal(unmappedGet, removedGet);
        Assert.Single(host.Handled.All);
    }

    [Fact]
    public async Task A_merchant_whose_options_from_the_source_do_not_validate_gets_the_retry_answer_until_the_source_is_fixed()
    {
        await using var brand = await WeChatPayEmulator.StartAsync();
        brand.PutUserCard(WeChatPayEmulator.SampleUserCard(UserCardCode));
        var source = new InMemoryRegistrationSource<WeChatPayOptions>();
        await using var host = await ReceiverHost.StartAsync(
            b =>
            {
                b.AddWeChatPay("home", o => brand.ConfigurePublicKeyMode(o)).AddHandler<WeChatPayUserCardEvent, WeChatPayRegistrationRecorder>();
                b.AddWeChatPaySource(source);
            },
            app => app.MapWeChatPayNotifications("/wechatpay/notify/{registration}"));
        source.Put("brandA", o =>
        {
            brand.ConfigurePublicKeyMode(o);
            o.PrivateKey = "not a key";
        });

        // Invalid options are not cached, and the platform is told to deliver again (as for a failing configuration).
        var broken = await AnswerAsync(await PostAsync(host.Url("/wechatpay/notify/brandA"), brand.CreateNotification(WeChatPayUserCardEvent.CreateEventType, UserCardCode)));
        Assert.Equal(new Answered(HttpStatusCode.InternalServerError, "application/json", 56, """{"code":"FAIL","message":"handler failed, please retry"}"""), broken);
        Assert.Contains(host.Logs.Entries, e => e.EventId.Id == 9004 && e.Text.Contains("MemberCards:WeChatPay(brandA):PrivateKey", StringComparison.Ordinal));

        // Fixed in the store: the redelivery is handled without an invalidation.
        source.Put("brandA", o => brand.ConfigurePublicKeyMode(o));
        Assert.Equal(200, await WeChatPayEmulator.SendNotificationAsync(host.Url("/wechatpay/notify/brandA"), brand.CreateNotification(WeChatPayUserCardEvent.CreateEventType, UserCardCode)));
        Assert.Equal("brandA", Assert.Single(host.Handled.Of<(string Registration, WeChatPayUserCardEvent)>()).Registration);
    }

    [Fact]
    public async Task A_pattern_that_carries_the_name_refuses_a_name_as_well_when_it_is_mapped()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => ReceiverHost.StartAsync(
            b => b.AddWeChatPay("home", o => o.MerchantId = "1900007291"),
            app => app.MapWeChatPayNotifications("/wechatpay/notify/{registration}", "home")));

        Assert.Equal("name", ex.ParamName);
        Assert.StartsWith("MapWeChatPayNotifications(\"/wechatpay/notify/{registration}\", \"home\"): the pattern carries the registration name", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_route_for_one_name_still_refuses_a_name_that_is_not_registered_when_it_is_mapped_even_with_a_source()
    {
        var pay = await Assert.ThrowsAsync<InvalidOperationException>(() => ReceiverHost.StartAsync(
            b => b.AddWeChatPaySource(new InMemoryRegistrationSource<WeChatPayOptions>()),
            app => app.MapWeChatPayNotifications("/wechatpay/notify/brandA", "brandA")));
        var wechat = await Assert.ThrowsAsync<InvalidOperationException>(() => ReceiverHost.StartAsync(
            b => b.AddWeChatCardsSource(new InMemoryRegistrationSource<WeChatCardsOptions>()),
            app => app.MapWeChatCardEvents("/wechat/events/brandX", "brandX")));

        Assert.Equal("MemberCards:WeChatPay(brandA) is not registered, and MapWeChatPayNotifications(\"/wechatpay/notify/brandA\", \"brandA\") serves one registered name. The names of the registration source are served by a pattern with a {registration} parameter, which reads the name from the route per request; or register the name with the WeChatPay package's Add method.", pay.Message);
        Assert.StartsWith("MemberCards:WeChat(brandX) is not registered, and MapWeChatCardEvents(\"/wechat/events/brandX\", \"brandX\") serves one registered name.", wechat.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scanner_s_names_get_the_unknown_answer_while_names_that_cannot_be_sourced_never_reach_the_source_and_the_unknown_answers_stay_capped()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var source = new InMemoryRegistrationSource<WeChatPayOptions>();
        await using var host = await ReceiverHost.StartAsync(
            b =>
            {
                b.Services.AddSingleton<TimeProvider>(time);
                b.AddWeChatPaySource(source, o =>
                {
                    o.UnknownCacheDuration = TimeSpan.FromSeconds(30);
                    o.MaxUnknownNames = 50;
                });
            },
            app => app.MapWeChatPayNotifications("/wechatpay/notify/{registration}"));
        using var http = new HttpClient();
        async Task<Answered> NotifyAsync(string path) => await AnswerAsync(await http.PostAsync(host.Url(path), new ByteArrayContent("{}"u8.ToArray())));
        var unmapped = await NotifyAsync("/wechatpay/elsewhere/brandA");

        // Too long, a space, a colon, a line feed, a non-ASCII name: answered as an unmapped route, and the source is never asked.
        string[] refused = ["/wechatpay/notify/" + new string('a', 65), "/wechatpay/notify/brand%20A", "/wechatpay/notify/brand:A", "/wechatpay/notify/brand%0AA", "/wechatpay/notify/%E5%93%81%E7%89%8C"];
        foreach (var path in refused)
        {
            Assert.Equal(unmapped, await NotifyAsync(path));
        }

        Assert.Empty(source.Asked);
        Assert.Equal(refused.Length, host.Logs.Entries.Count(e => e.EventId.Id == 9011));
        Assert.Contains(host.Logs.Entries, e => e.EventId.Id == 9011 && e.Text.Contains($"'{new string('a', 64)}... (65 characters)'", StringComparison.Ordinal));

        // A name that can be sourced is asked once per UnknownCacheDuration, however often it is sent.
        var longest = new string('b', 64);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(unmapped, await NotifyAsync("/wechatpay/notify/" + longest));
        }

        Assert.Equal(1, source.AskedFor(longest));
        time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(unmapped, await NotifyAsync("/wechatpay/notify/" + longest));
        Assert.Equal(2, source.AskedFor(longest));

        // A scan of 200 names leaves the newest 50 answers: the newest is still answered from the cache, the oldest asked again.
        for (var i = 0; i < 200; i++)
        {
            Assert.Equal(unmapped, await NotifyAsync($"/wechatpay/notify/scan-{i}"));
        }

        Assert.Equal(unmapped, await NotifyAsync("/wechatpay/notify/scan-199"));
        Assert.Equal(unmapped, await NotifyAsync("/wechatpay/notify/scan-0"));
        Assert.Equal(1, source.AskedFor("scan-199"));
        Assert.Equal(2, source.AskedFor("scan-0"));
        Assert.Equal(2 + 201, source.Asked.Count);
    }

    [Fact]
    public async Task Source_settings_that_bound_nothing_stop_the_host_at_start_naming_the_setting()
    {
        var ex = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => ReceiverHost.StartAsync(
            b => b.AddWeChatPaySource(new InMemoryRegistrationSource<WeChatPayOptions>(), o => o.MaxUnknownNames = 0),
            app => app.MapWeChatPayNotifications("/wechatpay/notify/{registration}")));

        Assert.Equal("MemberCards:WeChatPay registration source: MaxUnknownNames must be at least 1 (default 10000).", Assert.Single(ex.Failures));
    }

    private static async Task<HttpResponseMessage> PostAsync(Uri url, WeChatPayEmulatedNotification notification)
    {
        using var http = new HttpClient();
        var content = new ByteArrayContent(notification.Body);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        foreach (var (name, value) in notification.Headers)
        {
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return await http.SendAsync(request);
    }

    /// <summary>What a caller sees of an answer: status, content type, length and body.</summary>
    private static async Task<Answered> AnswerAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync();
            return new Answered(response.StatusCode, response.Content.Headers.ContentType?.ToString(), response.Content.Headers.ContentLength, Encoding.UTF8.GetString(body));
        }
    }

    private sealed record Answered(HttpStatusCode Status, string? ContentType, long? Length, string Body);
}
