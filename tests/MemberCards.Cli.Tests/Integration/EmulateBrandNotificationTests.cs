using System.Collections.Concurrent;
using System.Text.Json;
using MemberCards.Sdk;
using MemberCards.Sdk.Security;
using MemberCards.Sdk.Testing;
using MemberCards.Sdk.WeChatPay;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Cli.Tests.Integration;

/// <summary>
/// Issue 21: <c>membercards emulate --wechatpay-brand</c> emulates a brand. The notifications of every generation it sends
/// to the callback are signed the brand way (WeChat Pay public key, <c>PUB_KEY_ID_</c> serial, brand signature type), and
/// an SDK dispatcher registered as a brand from nothing but the written appsettings verifies and routes each of them.
/// </summary>
public sealed class EmulateBrandNotificationTests
{
    private const string Code = "478515832665";
    private static readonly HttpClient Http = new();

    private static readonly string[] EveryGeneration =
    [
        "MEMBERCARDSP.USER_CARD.CREATE",
        "BRAND_MEMBER_CARD_SP.USER_CARD.DELETE",
        "BRAND_MEMBER_CARD_SP.POINT_EXCHANGE_COUPON",
        "BRAND_MEMBER_CARD_SP.SYNC_USER_POINT",
        "BRAND_MEMBER_CARD.USER_CARD.CREATE",
        "BRAND_MEMBER_CARD.POINT_EXCHANGE_COUPON",
        "BRAND_MEMBER_CARD.SYNC_USER_POINT",
    ];

    [Fact]
    public async Task A_brand_emulator_signs_notifications_of_every_generation_the_brand_way_and_a_brand_dispatcher_verifies_them()
    {
        var seen = new Seen();
        IWeChatPayDispatcher? dispatcher = null;
        var received = new ConcurrentQueue<IReadOnlyDictionary<string, string>>();
        await using var receiver = await EmulatorHost.StartAsync(app => app.MapPost("/wechatpay", (RequestDelegate)(async context =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            received.Enqueue(headers);
            try
            {
                await Volatile.Read(ref dispatcher)!.DispatchAsync(headers, buffer.ToArray());
                context.Response.StatusCode = 204;
            }
            catch (MemberCardsSignatureException)
            {
                context.Response.StatusCode = 401;
            }
        })));
        var folder = Directory.CreateTempSubdirectory("membercards-cli-brand-");
        try
        {
            await using var cli = RunningCli.Start(
                "emulate", "--port", "0", "--out", folder.FullName, "--wechatpay-brand",
                "--wechatpay-callback", new Uri(receiver.BaseAddress, "wechatpay").ToString(),
                "--seed-user-card", Code);
            await cli.WaitForOutputAsync("Listening on ");
            Assert.Equal("Brand", cli.Value("WeChatPay:Family"));
            Assert.Equal("1004", cli.Value("WeChatPay:BrandId"));
            var emulator = new Uri(cli.Value("WeChatPay:BaseAddress"));

            var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(folder.FullName, "appsettings.emulator.json")).Build().GetSection("MemberCards");
            Assert.Null(configuration["WeChatPay:MerchantId"]);
            var services = new ServiceCollection();
            services.AddSingleton(seen);
            services.AddMemberCards(configuration).AddWeChatPay().AddHandler<WeChatPayEvent, Recorder>();
            await using var provider = services.BuildServiceProvider();
            Volatile.Write(ref dispatcher, provider.GetRequiredService<IWeChatPayDispatcher>());

            var statuses = new List<int>();
            foreach (var eventType in EveryGeneration)
            {
                using var answer = await PostAsync(new Uri(emulator, $"_emulator/wechatpay/notifications/{eventType}?code={Code}&record_id=R-{eventType.Length}&points=300"));
                statuses.Add(answer.RootElement.GetProperty("status").GetInt32());
            }

            Assert.Equal(EveryGeneration.Select(_ => 204), statuses);
            Assert.All(received, headers =>
            {
                Assert.Equal(RequestSignature.BrandScheme, headers["Wechatpay-Signature-Type"]);
                Assert.Equal(cli.Value("WeChatPay:PublicKeyId"), headers["Wechatpay-Serial"]);
            });
            var messages = seen.Messages.ToArray();
            Assert.Equal(EveryGeneration, messages.Select(m => m.EventType));
            Assert.Equal(
                [typeof(WeChatPayUserCardEvent), typeof(WeChatPayUserCardEvent), typeof(WeChatPayPointExchangeCouponEvent), typeof(WeChatPaySyncUserPointEvent), typeof(WeChatPayUserCardEvent), typeof(WeChatPayPointExchangeCouponEvent), typeof(WeChatPaySyncUserPointEvent)],
                messages.Select(m => m.GetType()));
            Assert.Equal(300, ((WeChatPayPointExchangeCouponEvent)messages[5]).DeductPoints);

            // The same registration, configured from the file alone, calls the brand-direct family and verifies its answer.
            var card = await provider.GetRequiredService<IWeChatPayBrandCardClient>().GetUserCardAsync(new GetUserCardRequest { UserCardCode = Code, BrandId = "1004", CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0", OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA" });
            Assert.Equal("13800138000", card.PhoneNumber!.Reveal());

            Assert.Equal(ExitCodes.Success, await cli.StopAsync());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Without_the_brand_option_a_brand_dispatcher_refuses_the_partner_signed_notification()
    {
        var seen = new Seen();
        IWeChatPayDispatcher? dispatcher = null;
        await using var receiver = await EmulatorHost.StartAsync(app => app.MapPost("/wechatpay", (RequestDelegate)(async context =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            try
            {
                await Volatile.Read(ref dispatcher)!.DispatchAsync(headers, buffer.ToArray());
                context.Response.StatusCode = 204;
            }
            catch (MemberCardsSignatureException)
            {
                context.Response.StatusCode = 401;
            }
        })));
        var folder = Directory.CreateTempSubdirectory("membercards-cli-partner-");
        try
        {
            await using var cli = RunningCli.Start(
                "emulate", "--port", "0", "--out", folder.FullName,
                "--wechatpay-callback", new Uri(receiver.BaseAddress, "wechatpay").ToString(),
                "--seed-user-card", Code);
            await cli.WaitForOutputAsync("Listening on ");
            var emulator = new Uri(cli.Value("WeChatPay:BaseAddress"));
            var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(folder.FullName, "appsettings.emulator.json")).Build().GetSection("MemberCards");
            var services = new ServiceCollection();
            services.AddSingleton(seen);
            services.AddMemberCards(configuration).AddWeChatPay(o =>
            {
                configuration.GetSection("WeChatPay").Bind(o);
                o.Family = WeChatPayFamily.Brand;
                o.BrandId = "1004";
            }).AddHandler<WeChatPayEvent, Recorder>();
            await using var provider = services.BuildServiceProvider();
            Volatile.Write(ref dispatcher, provider.GetRequiredService<IWeChatPayDispatcher>());

            using var answer = await PostAsync(new Uri(emulator, $"_emulator/wechatpay/notifications/BRAND_MEMBER_CARD.USER_CARD.CREATE?code={Code}"));

            Assert.Equal(401, answer.RootElement.GetProperty("status").GetInt32());
            Assert.Empty(seen.Messages);
            Assert.Equal(ExitCodes.Success, await cli.StopAsync());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<JsonDocument> PostAsync(Uri uri)
    {
        using var response = await Http.PostAsync(uri, content: null);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{uri} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text);
    }

    internal sealed class Seen
    {
        public ConcurrentQueue<WeChatPayEvent> Messages { get; } = new();
    }

    internal sealed class Recorder(Seen seen) : IWeChatPayMessageHandler<WeChatPayEvent>
    {
        public Task HandleAsync(WeChatPayEvent message, WeChatPayMessageContext context, CancellationToken cancellationToken)
        {
            seen.Messages.Enqueue(message);
            return Task.CompletedTask;
        }
    }
}
