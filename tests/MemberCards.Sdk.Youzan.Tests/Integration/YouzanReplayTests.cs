using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MemberCards.Sdk.Testing.Youzan;
using MemberCards.Sdk.Youzan.Tests.Support;

namespace MemberCards.Sdk.Youzan.Tests.Integration;

/// <summary>
/// A captured genuine push, replayed over real HTTP with its unsigned envelope changed. The body <c>sign</c> covers
/// <c>msg</c> only, so nothing outside <c>msg</c> may give a replay a fresh de-duplication key or change what a
/// handler is told; <c>RequireEventSign</c> refuses a push without the <c>Event-Sign</c> header that signs the whole body.
/// </summary>
public sealed class YouzanReplayTests
{
    private static readonly DateTimeOffset EventTime = new(2026, 11, 22, 14, 5, 6, TimeSpan.FromHours(8));
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task A_replayed_body_signed_push_with_version_and_msg_id_removed_runs_the_handler_once()
    {
        await using var receiver = await StartAsync();
        using var youzan = Youzan();
        var genuine = youzan.CardPush("a1", "CARD_DISABLED", EventTime);
        var stripped = Tamper(genuine, body => body.Remove("version") | body.Remove("msg_id"));

        var first = await youzan.SendAsync(receiver.Endpoint(), genuine);
        var replays = new[] { await PostAsync(receiver, stripped), await PostAsync(receiver, stripped) };

        Assert.True(first.Acknowledged);
        Assert.All(replays, r => Assert.Equal((200, "Duplicate"), r));
        Assert.Equal(YouzanCardStatus.Disabled, Assert.Single(receiver.Recorder.Cards).Status);
        Assert.Single(receiver.Recorder.Others);
    }

    [Fact]
    public async Task A_replayed_classic_push_with_a_new_msg_id_or_version_runs_the_handler_once()
    {
        await using var receiver = await StartAsync();
        using var youzan = Youzan();
        var genuine = youzan.CardPush("a1", "CARD_DISABLED", EventTime);

        await youzan.SendAsync(receiver.Endpoint(), genuine);
        var replays = new[]
        {
            await PostAsync(receiver, Tamper(genuine, body => Set(body, "msg_id", "forged-1"))),
            await PostAsync(receiver, Tamper(genuine, body => Set(body, "msg_id", "forged-2"))),
            await PostAsync(receiver, Tamper(genuine, body => Set(body, "version", 9999999999L))),
            await PostAsync(receiver, Tamper(genuine, body => Set(body, "sign", body["sign"]!.GetValue<string>().ToUpperInvariant()))),
        };

        Assert.All(replays, r => Assert.Equal((200, "Duplicate"), r));
        Assert.Single(receiver.Recorder.Cards);
        Assert.Single(receiver.Recorder.Others);
    }

    [Theory]
    [InlineData("status", 200)]
    [InlineData("status+version+msg_id", 200)]
    [InlineData("kdt_id", 200)]
    [InlineData("type", 400)] // read as SCRM_CARD, its id is not the signed card_alias: refused before any claim
    public async Task A_replay_with_a_flipped_envelope_never_reaches_a_handler(string tampered, int status)
    {
        await using var receiver = await StartAsync();
        using var youzan = Youzan();
        var genuine = youzan.CustomerCardPush("231820909057462930", "2omk5g63jgmvpa", "CUSTOMER_CARD_TAKEN", "18768423400", 0, 0, EventTime);
        var replay = Tamper(genuine, body => tampered switch
        {
            "status" => Set(body, "status", "CUSTOMER_CARD_DELETED"),
            "status+version+msg_id" => Set(body, "status", "CUSTOMER_CARD_DELETED") && Set(body, "version", 1L) && Set(body, "msg_id", "m-forged"),
            "kdt_id" => Set(body, "kdt_id", 42L),
            _ => Set(body, "type", YouzanConstants.ScrmCardType),
        });

        await youzan.SendAsync(receiver.Endpoint(), genuine);
        var answer = await PostAsync(receiver, replay);

        Assert.Equal(status == 200 ? (200, "Duplicate") : (status, null), answer);
        var card = Assert.Single(receiver.Recorder.CustomerCards);
        Assert.Equal(YouzanCustomerCardStatus.Taken, card.Status);
        Assert.Equal(164932L, card.Push.KdtId);
        Assert.Empty(receiver.Recorder.Cards);
        Assert.Equal(YouzanConstants.ScrmCustomerCardType, Assert.Single(receiver.Recorder.Others).Type);
    }

    [Fact]
    public async Task A_body_signed_push_whose_id_is_not_the_signed_card_no_is_refused_as_malformed()
    {
        await using var receiver = await StartAsync();
        using var youzan = Youzan();
        var genuine = youzan.CustomerCardPush("231820909057462930", "2omk5g63jgmvpa", "CUSTOMER_CARD_TAKEN", "18768423400", 0, 0, EventTime);

        var answer = await PostAsync(receiver, Tamper(genuine, body => Set(body, "id", "999999999999999999")));

        Assert.Equal(400, answer.Status);
        Assert.Equal(0, receiver.Recorder.Attempts);
    }

    [Fact]
    public async Task RequireEventSign_refuses_a_push_without_the_header_and_accepts_cloud_pushes_and_health_checks()
    {
        await using var receiver = await StartAsync(requireEventSign: true);
        using var classic = Youzan();
        using var cloud = Youzan(YouzanPushStyle.Cloud);

        var refused = await classic.SendAsync(receiver.Endpoint(), classic.CardPush("a1", "CARD_CREATED", EventTime));
        var accepted = await cloud.SendAsync(receiver.Endpoint(), cloud.CardPush("a2", "CARD_CREATED", EventTime));
        var health = await classic.SendAsync(receiver.Endpoint(), YouzanPushEmulator.HealthCheck());

        Assert.Equal(401, refused.StatusCode);
        Assert.False(refused.Acknowledged);
        Assert.True(accepted.Acknowledged);
        Assert.True(health.Acknowledged);
        Assert.Equal("a2", Assert.Single(receiver.Recorder.Cards).CardAlias);
    }

    [Fact]
    public async Task Stripping_the_event_sign_of_a_tampered_cloud_push_is_refused_under_RequireEventSign()
    {
        await using var receiver = await StartAsync(requireEventSign: true);
        using var youzan = Youzan(YouzanPushStyle.Cloud);
        var genuine = youzan.CardPush("a1", "CARD_ENABLED", EventTime);
        var tampered = Tamper(genuine, body => Set(body, "status", "CARD_DELETED") && Set(body, "msg_id", "m-forged"));

        var withForgedHeader = await PostAsync(receiver, tampered, genuine.EventSign);
        var stripped = await PostAsync(receiver, tampered);
        await youzan.SendAsync(receiver.Endpoint(), genuine);

        Assert.Equal(401, withForgedHeader.Status);
        Assert.Equal(401, stripped.Status);
        Assert.Equal(YouzanCardStatus.Enabled, Assert.Single(receiver.Recorder.Cards).Status);
    }

    [Fact]
    public async Task Without_RequireEventSign_header_less_copies_of_a_cloud_push_are_deduplicated_among_themselves()
    {
        await using var receiver = await StartAsync();
        using var youzan = Youzan(YouzanPushStyle.Cloud);
        var genuine = youzan.CardPush("a1", "CARD_ENABLED", EventTime);

        await youzan.SendAsync(receiver.Endpoint(), genuine);
        var copies = new[]
        {
            await PostAsync(receiver, Tamper(genuine, body => Set(body, "status", "CARD_DELETED") && Set(body, "msg_id", "m-1"))),
            await PostAsync(receiver, Tamper(genuine, body => Set(body, "status", "CARD_DISABLED") && Set(body, "msg_id", "m-2"))),
            await PostAsync(receiver, Tamper(genuine, body => body.Remove("msg_id") && body.Remove("version"))),
        };

        // The header-signed original is claimed under its msg_id, the header-less copies under the signed msg: the
        // first copy still runs (only RequireEventSign refuses it), every later one is a duplicate of it.
        Assert.Equal(200, copies[0].Status);
        Assert.All(copies[1..], c => Assert.Equal((200, "Duplicate"), c));
        Assert.Equal(2, receiver.Recorder.Cards.Count);
    }

    private static Task<PushReceiver> StartAsync(bool requireEventSign = false)
        => PushReceiver.StartAsync(b => b.AddYouzan().Configure(o =>
        {
            o.ClientId = YouzanSamples.ClientId;
            o.ClientSecret = YouzanSamples.Secret;
            o.RequireEventSign = requireEventSign;
        }));

    private static YouzanPushEmulator Youzan(YouzanPushStyle style = YouzanPushStyle.Classic)
        => new(YouzanSamples.ClientId, YouzanSamples.Secret) { Style = style };

    /// <summary>The delivery's body with its envelope changed; <c>msg</c> and its body <c>sign</c> stay as Youzan signed them.</summary>
    private static byte[] Tamper(YouzanPushDelivery delivery, Func<JsonObject, bool> change)
    {
        var body = JsonNode.Parse(delivery.BodyText)!.AsObject();
        Assert.True(change(body));
        return Encoding.UTF8.GetBytes(body.ToJsonString(Relaxed));
    }

    private static bool Set<T>(JsonObject body, string field, T value)
    {
        body[field] = JsonValue.Create(value);
        return true;
    }

    /// <summary>POSTs raw bytes, with no headers but the optional Event-Sign, as someone replaying a captured push would.</summary>
    private static async Task<(int Status, string? Outcome)> PostAsync(PushReceiver receiver, byte[] body, string? eventSign = null)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, receiver.Endpoint()) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        if (eventSign is not null)
        {
            request.Headers.TryAddWithoutValidation(YouzanConstants.EventSignHeader, eventSign);
        }

        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, response.Headers.TryGetValues("X-Outcome", out var outcome) ? outcome.Single() : null);
    }
}
