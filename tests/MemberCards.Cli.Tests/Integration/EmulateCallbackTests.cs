using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using MemberCards.Sdk.Security;
using MemberCards.Sdk.Testing;
using MemberCards.Sdk.WeChat;
using MemberCards.Sdk.Youzan;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace MemberCards.Cli.Tests.Integration;

/// <summary>
/// <c>membercards emulate</c> sends WeChat event pushes, WeChat Pay notifications and Youzan pushes to a host's
/// endpoints on request (its control endpoints), seeds user cards and logs every request it receives.
/// </summary>
public sealed class EmulateCallbackTests
{
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task The_control_endpoints_deliver_signed_messages_to_the_callbacks_and_every_request_is_logged()
    {
        var received = new ConcurrentQueue<RecordedRequest>();
        await using var receiver = await EmulatorHost.StartAsync(app => app.MapPost("/{service}", (HttpContext context) =>
        {
            context.Response.StatusCode = 200;
            return context.Response.WriteAsync("""{"code":0,"msg":"success"}""");
        }));
        var folder = Directory.CreateTempSubdirectory("membercards-cli-callbacks-");
        try
        {
            await using var cli = RunningCli.Start(
                "emulate", "--port", "0", "--out", folder.FullName, "--log-requests",
                "--wechat-callback", new Uri(receiver.BaseAddress, "wechat").ToString(),
                "--wechatpay-callback", new Uri(receiver.BaseAddress, "wechatpay").ToString(),
                "--youzan-callback", new Uri(receiver.BaseAddress, "youzan").ToString(),
                "--seed-user-card", "478515832665:pCARD_SEEDED");
            await cli.WaitForOutputAsync("Listening on ");
            var emulator = new Uri(cli.Value("WeChat:BaseAddress"));
            Assert.Contains("Seeded WeChat Pay user card 478515832665: brand_id 1004, card_id pCARD_SEEDED, openid obLatjnx9gnqzS4myYGmLZ7LgLBA.\n", cli.Output, StringComparison.Ordinal);

            // A WeChat event push, signed with the printed push token.
            using (var answer = await PostAsync(new Uri(emulator, "_emulator/wechat/events/user_get_card?openid=oUser1&CardId=pCARD_SEEDED&UserCardCode=478515832665")))
            {
                Assert.Equal(200, answer.RootElement.GetProperty("status").GetInt32());
            }

            var push = Assert.Single(receiver.Requests, r => r.Path == "/wechat");
            var query = System.Web.HttpUtility.ParseQueryString(push.Query);
            Assert.True(WeChatServerSignature.Verify(cli.Value("WeChat:PushToken"), query["timestamp"]!, query["nonce"]!, query["signature"]));
            Assert.Contains("<Event><![CDATA[user_get_card]]></Event>", push.BodyText, StringComparison.Ordinal);
            Assert.Contains("<CardId><![CDATA[pCARD_SEEDED]]></CardId><UserCardCode><![CDATA[478515832665]]></UserCardCode>", push.BodyText, StringComparison.Ordinal);

            // A WeChat Pay notification about the seeded card, signed by the emulator's platform key.
            using (var answer = await PostAsync(new Uri(emulator, "_emulator/wechatpay/notifications/BRAND_MEMBER_CARD_SP.USER_CARD.CREATE?code=478515832665")))
            {
                Assert.Equal(200, answer.RootElement.GetProperty("status").GetInt32());
            }

            var notification = Assert.Single(receiver.Requests, r => r.Path == "/wechatpay");
            Assert.NotNull(notification.Header("Wechatpay-Signature"));
            Assert.Equal(cli.Value("WeChatPay:PublicKeyId"), notification.Header("Wechatpay-Serial"));
            Assert.Contains("\"event_type\":\"BRAND_MEMBER_CARD_SP.USER_CARD.CREATE\"", notification.BodyText, StringComparison.Ordinal);

            // A Youzan push, signed with the app written to the appsettings file.
            var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(folder.FullName, "appsettings.emulator.json")).Build().GetSection("MemberCards");
            using (var answer = await PostAsync(new Uri(emulator, "_emulator/youzan/pushes/SCRM_CUSTOMER_CARD?status=CUSTOMER_CARD_TAKEN")))
            {
                Assert.True(answer.RootElement.GetProperty("acknowledged").GetBoolean());
            }

            var youzan = Assert.Single(receiver.Requests, r => r.Path == "/youzan");
            using (var body = JsonDocument.Parse(youzan.Body))
            {
                var root = body.RootElement;
                Assert.Equal("SCRM_CUSTOMER_CARD", root.GetProperty("type").GetString());
                Assert.True(YouzanSignature.Verify(configuration["Youzan:ClientId"]!, root.GetProperty("msg").GetString()!, configuration["Youzan:ClientSecret"]!, root.GetProperty("sign").GetString()));
            }

            Assert.Equal(configuration["WeChat:PushToken"], cli.Value("WeChat:PushToken"));

            // Unknown card and missing callbacks are clear answers, not server errors.
            using (var missing = await Http.PostAsync(new Uri(emulator, "_emulator/wechatpay/notifications/X?code=nope"), content: null))
            {
                Assert.Equal(404, (int)missing.StatusCode);
                Assert.Contains("no user card 'nope' is stored", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            // The request log: printed as requests arrive, and served as JSON without the control requests.
            await cli.WaitForOutputAsync("request: POST /_emulator/youzan/pushes/SCRM_CUSTOMER_CARD?status=CUSTOMER_CARD_TAKEN (0 bytes)");
            await Http.PostAsync(new Uri(emulator, "cgi-bin/stable_token"), new StringContent("{}", Encoding.UTF8, "application/json"));
            using (var log = JsonDocument.Parse(await Http.GetStringAsync(new Uri(emulator, "_emulator/requests"))))
            {
                var targets = log.RootElement.GetProperty("requests").EnumerateArray().Select(r => r.GetProperty("target").GetString()).ToList();
                Assert.Equal(["/cgi-bin/stable_token"], targets);
            }

            await cli.StopAsync();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_message_for_a_service_without_a_callback_is_refused_with_the_option_to_set()
    {
        await using var cli = RunningCli.Start("emulate", "--port", "0");
        await cli.WaitForOutputAsync("Listening on ");
        var emulator = new Uri(cli.Value("WeChat:BaseAddress"));
        using var answer = await Http.PostAsync(new Uri(emulator, "_emulator/youzan/pushes/test"), content: null);
        Assert.Equal(409, (int)answer.StatusCode);
        Assert.Contains("--youzan-callback", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--wechat-callback", "not-a-url")]
    [InlineData("--youzan-callback", "ftp://127.0.0.1/x")]
    public async Task A_callback_that_is_not_an_http_url_is_a_usage_error(string option, string value)
    {
        var run = await CliRun.InvokeAsync("emulate", "--port", "0", option, value);
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains($"{option} must be an absolute http(s) URL", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BRAND_MEMBER_CARD.POINT_EXCHANGE_COUPON", "point_coupon")]
    [InlineData("BRAND_MEMBER_CARD_SP.POINT_EXCHANGE_COUPON", "point_coupon")]
    [InlineData("BRAND_MEMBER_CARD.SYNC_USER_POINT", "sync_user_point")]
    [InlineData("MEMBERCARDSP.USER_CARD.DELETE", "user_card")]
    public async Task A_notification_of_every_generation_carries_the_resource_of_its_original_type(string eventType, string originalType)
    {
        await using var receiver = await EmulatorHost.StartAsync(app => app.MapPost("/{service}", (HttpContext context) =>
        {
            context.Response.StatusCode = 204;
            return Task.CompletedTask;
        }));
        var folder = Directory.CreateTempSubdirectory("membercards-cli-points-");
        try
        {
            await using var cli = RunningCli.Start(
                "emulate", "--port", "0", "--out", folder.FullName,
                "--wechatpay-callback", new Uri(receiver.BaseAddress, "wechatpay").ToString(),
                "--seed-user-card", "478515832665:pCARD_SEEDED");
            await cli.WaitForOutputAsync("Listening on ");
            var emulator = new Uri(cli.Value("WeChat:BaseAddress"));

            using (var answer = await PostAsync(new Uri(emulator, $"_emulator/wechatpay/notifications/{eventType}?code=478515832665&record_id=R-42&points=300")))
            {
                Assert.Equal(204, answer.RootElement.GetProperty("status").GetInt32());
            }

            var notification = Assert.Single(receiver.Requests, r => r.Path == "/wechatpay");
            using var body = JsonDocument.Parse(notification.Body);
            Assert.Equal(eventType, body.RootElement.GetProperty("event_type").GetString());
            var resource = body.RootElement.GetProperty("resource");
            Assert.Equal(originalType, resource.GetProperty("original_type").GetString());
            var key = Encoding.UTF8.GetBytes(File.ReadAllText(Path.Combine(folder.FullName, "apiv3_key.txt")).Trim());
            using var plain = JsonDocument.Parse(AesGcmCipher.Decrypt(key, resource.GetProperty("nonce").GetString()!, resource.GetProperty("associated_data").GetString(), resource.GetProperty("ciphertext").GetString()!));
            var decrypted = plain.RootElement;
            Assert.Equal("478515832665", decrypted.GetProperty("user_card_code").GetString());
            Assert.Equal("pCARD_SEEDED", decrypted.GetProperty("card_id").GetString());
            if (originalType == "point_coupon")
            {
                Assert.Equal("R-42", decrypted.GetProperty("record_id").GetString());
                Assert.Equal(300, decrypted.GetProperty("deduct_points").GetInt64());
            }
            else
            {
                Assert.False(decrypted.TryGetProperty("record_id", out _));
            }

            await cli.StopAsync();
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
}
