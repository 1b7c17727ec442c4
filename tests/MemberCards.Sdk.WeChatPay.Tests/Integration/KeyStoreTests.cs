using System.Security.Cryptography;
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.WeChatPay.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

/// <summary>
/// Issue 12 items 17 and 18: a rotation that overlaps a certificate download is not locked out, and unauthenticated
/// notifications cannot make the SDK download certificates beyond one per minute per merchant.
/// </summary>
public sealed class KeyStoreTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private static async Task<(WeChatPayEmulator Emulator, ServiceProvider Services, CertificateGate Gate)> StartAsync(FakeTimeProvider time, ILoggerProvider? logs = null)
    {
        var emulator = await WeChatPayEmulator.StartAsync(TestKeys.Options(time));
        emulator.PutUserCard(WeChatPayEmulator.SampleUserCard());
        var gate = new CertificateGate();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        if (logs is not null)
        {
            services.AddLogging(b => b.AddProvider(logs));
        }

        services.AddMemberCards().AddWeChatPay(o =>
        {
            emulator.ConfigureCertificateMode(o);
            o.RetryDelay = TimeSpan.FromMilliseconds(1);
        });
        services.AddHttpClient(WeChatPayHttpClient.Name(string.Empty)).AddHttpMessageHandler(() => gate);
        return (emulator, services.BuildServiceProvider(), gate);
    }

    private static WeChatPayKeyStore Keys(ServiceProvider services) => services.GetRequiredService<WeChatPayMerchantRegistry>().Get(string.Empty).Keys;

    [Fact]
    public async Task A_serial_first_seen_during_a_download_that_started_before_it_gets_a_fresh_download()
    {
        var time = new FakeTimeProvider(Start);
        var (emulator, services, gate) = await StartAsync(time);
        await using var _ = emulator;
        using var __ = services;
        var client = services.GetRequiredService<IWeChatPayBrandCardClient>();
        await client.GetUserCardAsync(Harness.SampleGet());
        Assert.Equal(1, emulator.CertificateDownloads);

        // A download starts (a background refresh) and its answer, listing only the old certificate, is held back.
        gate.HoldNextCertificateAnswer();
        var refresh = Keys(services).RefreshAsync(CancellationToken.None);
        await gate.CertificateAnswerHeld.WaitAsync(TimeSpan.FromSeconds(10));

        // WeChat Pay rotates while that download is in flight, and signs the next answer with the new certificate.
        var rotated = emulator.RotatePlatformCertificate();
        emulator.ResponseSigning = WeChatPayResponseSigning.PlatformCertificate;
        var get = client.GetUserCardAsync(Harness.SampleGet());
        await gate.UserCardAnswerSeen.WaitAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(200);
        gate.Release();
        await refresh;

        var card = await get.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("478515832665", card.UserCardCode);
        Assert.Equal(3, emulator.CertificateDownloads);
        Assert.Equal(emulator.CertificateDownloads, Keys(services).DownloadCount);

        // And every later call verifies at once, without waiting for the clock to move 5 minutes.
        for (var i = 0; i < 20; i++)
        {
            await client.GetUserCardAsync(Harness.SampleGet());
        }

        Assert.Equal(3, emulator.CertificateDownloads);
        Assert.Contains(rotated.SerialNumber, emulator.Host.Requests.Last().Header("Wechatpay-Serial") ?? rotated.SerialNumber, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_answers_naming_a_new_serial_share_one_fresh_download()
    {
        var time = new FakeTimeProvider(Start);
        var (emulator, services, _) = await StartAsync(time);
        await using var e = emulator;
        using var s = services;
        var client = services.GetRequiredService<IWeChatPayBrandCardClient>();
        await client.GetUserCardAsync(Harness.SampleGet());
        emulator.RotatePlatformCertificate();
        emulator.ResponseSigning = WeChatPayResponseSigning.PlatformCertificate;

        var cards = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => client.GetUserCardAsync(Harness.SampleGet())));

        Assert.All(cards, c => Assert.Equal("478515832665", c.UserCardCode));
        Assert.InRange(emulator.CertificateDownloads, 2, 3);
    }

    [Fact]
    public async Task Forged_notifications_with_fresh_serials_cause_at_most_one_download_per_minute()
    {
        var time = new FakeTimeProvider(Start);
        var (emulator, services, _) = await StartAsync(time);
        await using var e = emulator;
        using var s = services;
        var handler = services.GetRequiredService<IWeChatPayDispatcher>();
        await Keys(services).RefreshAsync(CancellationToken.None);
        var before = emulator.CertificateDownloads;
        var genuine = emulator.CreateNotification(WeChatPayUserCardEvent.CreateEventType, "478515832665", WeChatPayResponseSigning.PlatformCertificate);

        async Task<SignatureFailureReason> ForgeAsync()
        {
            var headers = new Dictionary<string, string>(genuine.Headers, StringComparer.OrdinalIgnoreCase) { ["Wechatpay-Serial"] = RandomNumberGenerator.GetHexString(40) };
            var error = await Assert.ThrowsAsync<MemberCardsSignatureException>(() => handler.ParseAsync(headers, genuine.Body));
            return error.Reason;
        }

        var reasons = new List<SignatureFailureReason>();
        for (var i = 0; i < 50; i++)
        {
            reasons.Add(await ForgeAsync());
        }

        Assert.All(reasons, r => Assert.Equal(SignatureFailureReason.UnknownSerial, r));
        Assert.Equal(before + 1, emulator.CertificateDownloads);

        time.Advance(TimeSpan.FromSeconds(59));
        await ForgeAsync();
        Assert.Equal(before + 1, emulator.CertificateDownloads);

        time.Advance(TimeSpan.FromSeconds(2));
        await ForgeAsync();
        await ForgeAsync();
        Assert.Equal(before + 2, emulator.CertificateDownloads);

        // The genuine notification still verifies (its serial is known: no download needed).
        Assert.Equal("478515832665", Assert.IsType<WeChatPayUserCardEvent>(await handler.ParseAsync(genuine.Headers, genuine.Body)).UserCard.UserCardCode);
    }

    [Fact]
    public async Task Fifty_forged_notifications_arriving_at_once_on_a_fresh_host_cause_exactly_one_download()
    {
        // Issue 19 item 7: the first download (the key store has none yet) counts against the bound too. The first
        // forged notification starts it; the other 49 arrive just after its list is stored and before the first one
        // has gone on (the thread that finished the download is held there, as a busy machine may hold it), which is
        // the window in which a second download used to be claimed. Several fresh hosts are tried.
        for (var trial = 1; trial <= 5; trial++)
        {
            var time = new FakeTimeProvider(Start);
            using var stored = new FirstDownloadStoredHold();
            var (emulator, services, _) = await StartAsync(time, stored);
            await using var e = emulator;
            using var s = services;
            var handler = services.GetRequiredService<IWeChatPayDispatcher>();
            var genuine = emulator.CreateNotification(WeChatPayUserCardEvent.CreateEventType, "478515832665", WeChatPayResponseSigning.PlatformCertificate);
            Task<SignatureFailureReason> ForgeAsync() => Task.Run(async () =>
            {
                var headers = new Dictionary<string, string>(genuine.Headers, StringComparer.OrdinalIgnoreCase) { ["Wechatpay-Serial"] = RandomNumberGenerator.GetHexString(40) };
                var error = await Assert.ThrowsAsync<MemberCardsSignatureException>(() => handler.ParseAsync(headers, genuine.Body));
                return error.Reason;
            });

            var first = ForgeAsync();
            await stored.Stored.WaitAsync(TimeSpan.FromSeconds(10));
            var others = Enumerable.Range(0, 49).Select(_ => ForgeAsync()).ToArray();

            // 48 of them are refused at once (the bound is taken); one may be waiting for a download of its own.
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (others.Count(t => t.IsCompleted) < 48 && waited.Elapsed < TimeSpan.FromSeconds(10))
            {
                await Task.Delay(10);
            }

            stored.Release();
            var reasons = await Task.WhenAll(others.Prepend(first));

            Assert.All(reasons, r => Assert.Equal(SignatureFailureReason.UnknownSerial, r));
            Assert.True(emulator.CertificateDownloads == 1, $"trial {trial}: 50 forged notifications on a fresh host caused {emulator.CertificateDownloads} downloads of /v3/certificates (at most one per minute, the first included)");

            // The genuine notification verifies from that one download.
            Assert.Equal("478515832665", Assert.IsType<WeChatPayUserCardEvent>(await handler.ParseAsync(genuine.Headers, genuine.Body)).UserCard.UserCardCode);
            Assert.Equal(1, emulator.CertificateDownloads);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("""{"id":"1","event_type":"BRAND_MEMBER_CARD_SP.USER_CARD.CREATE","resource":{"nonce":"n"}}""")]
    public async Task A_notification_with_an_invalid_format_never_reaches_the_key_store(string body)
    {
        var time = new FakeTimeProvider(Start);
        var (emulator, services, _) = await StartAsync(time);
        await using var e = emulator;
        using var s = services;
        var handler = services.GetRequiredService<IWeChatPayDispatcher>();
        var genuine = emulator.CreateNotification(WeChatPayUserCardEvent.CreateEventType, "478515832665", WeChatPayResponseSigning.PlatformCertificate);
        var headers = new Dictionary<string, string>(genuine.Headers, StringComparer.OrdinalIgnoreCase) { ["Wechatpay-Serial"] = RandomNumberGenerator.GetHexString(40) };

        await Assert.ThrowsAsync<MemberCardsFormatException>(() => handler.ParseAsync(headers, System.Text.Encoding.UTF8.GetBytes(body)));
        await Assert.ThrowsAsync<MemberCardsFormatException>(() => handler.DispatchAsync(headers, System.Text.Encoding.UTF8.GetBytes(body)));
        Assert.Equal(0, emulator.CertificateDownloads);
    }

    /// <summary>The innermost handler: can hold one <c>/v3/certificates</c> answer back and reports when a user-card answer passes.</summary>
    private sealed class CertificateGate : DelegatingHandler
    {
        private readonly TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource held = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource userCard = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int hold;

        public Task CertificateAnswerHeld => held.Task;

        public Task UserCardAnswerSeen => userCard.Task;

        public void HoldNextCertificateAnswer() => Volatile.Write(ref hold, 1);

        public void Release() => release.TrySetResult();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            var path = request.RequestUri!.AbsolutePath;
            if (path == "/v3/certificates" && Interlocked.Exchange(ref hold, 0) == 1)
            {
                await response.Content.LoadIntoBufferAsync(cancellationToken);
                held.TrySetResult();
                await release.Task.WaitAsync(cancellationToken);
            }
            else if (path.Contains("/user-cards/", StringComparison.Ordinal) && held.Task.IsCompleted)
            {
                userCard.TrySetResult();
            }

            return response;
        }
    }

    /// <summary>
    /// A logger that holds the thread logging the first "certificates downloaded" (event 3001: the list is stored,
    /// the download's waiters have not gone on yet) until <see cref="Release"/>.
    /// </summary>
    private sealed class FirstDownloadStoredHold : ILoggerProvider, ILogger
    {
        private readonly TaskCompletionSource stored = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly ManualResetEventSlim release = new();
        private int seen;

        public Task Stored => stored.Task;

        public void Release() => release.Set();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id == 3001 && Interlocked.Exchange(ref seen, 1) == 0)
            {
                stored.TrySetResult();
                release.Wait(TimeSpan.FromSeconds(20));
            }
        }

        public void Dispose()
        {
            release.Set();
            release.Dispose();
        }
    }
}
