using System.Text;
using MemberCards.Sdk.Testing.Youzan;
using MemberCards.Sdk.Youzan.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Youzan.Tests.Integration;

public class YouzanPushIntegrationTests
{
    private static readonly DateTimeOffset EventTime = new(2026, 11, 22, 14, 5, 6, TimeSpan.FromHours(8));

    private static Task<PushReceiver> StartDefaultAsync(bool handlers = true)
        => PushReceiver.StartAsync(b => b.AddYouzan().Configure(o =>
        {
            o.ClientId = YouzanSamples.ClientId;
            o.ClientSecret = YouzanSamples.Secret;
        }), handlers);

    private static YouzanPushEmulator Youzan(YouzanPushStyle style = YouzanPushStyle.Classic, string secret = YouzanSamples.Secret)
        => new(YouzanSamples.ClientId, secret) { Style = style };

    [Fact]
    public async Task A_classic_card_push_reaches_the_typed_handler_and_gets_the_success_reply()
    {
        await using var receiver = await StartDefaultAsync();
        using var youzan = Youzan();

        var response = await youzan.SendAsync(receiver.Endpoint(), youzan.CardPush("362tsteui4ph3K", "CARD_UPDATED", EventTime));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("""{"code":0,"msg":"success"}""", response.Body);
        Assert.True(response.Acknowledged);
        var card = Assert.Single(receiver.Recorder.Cards);
        Assert.Equal(YouzanCardStatus.Updated, card.Status);
        Assert.Equal("362tsteui4ph3K", card.CardAlias);
        Assert.Equal(EventTime, card.EventTime);
        Assert.Equal(EventTime.ToUnixTimeSeconds(), card.Push.Version);
        Assert.Equal(164932L, card.Push.KdtId);
        Assert.Equal("墨鱼小课堂", card.Push.KdtName);
    }

    [Fact]
    public async Task The_emulator_sends_the_seed_shape_byte_for_byte()
    {
        await using var receiver = await StartDefaultAsync();
        using var youzan = Youzan();
        var delivery = youzan.CardPush("2omk5g63jgmvpa", "CREATE_CARD", new DateTimeOffset(2017, 6, 30, 16, 7, 54, TimeSpan.FromHours(8)));
        var expected = YouzanSamples.CardBody(YouzanSamples.Sign(YouzanSamples.CardMsg)).Replace("\"sendCount\":3", "\"sendCount\":0", StringComparison.Ordinal);

        await youzan.SendAsync(receiver.Endpoint(), delivery);

        var request = Assert.Single(receiver.Requests);
        Assert.Equal(expected, request.BodyText);
        Assert.Equal("application/json; charset=utf-8", request.Header("Content-Type"));
        Assert.Equal(YouzanCardStatus.Created, Assert.Single(receiver.Recorder.Cards).Status);
    }

    [Fact]
    public async Task A_customer_card_push_with_the_sample_status_spelling_is_typed()
    {
        await using var receiver = await StartDefaultAsync();
        using var youzan = Youzan();

        var response = await youzan.SendAsync(receiver.Endpoint(), youzan.CustomerCardPush("232380211246442335", "362tsteui4ph3K", "CUSTOMER_TAKE_CARD", "13888888888", 0, 0, EventTime));

        Assert.True(response.Acknowledged);
        var card = Assert.Single(receiver.Recorder.CustomerCards);
        Assert.Equal(YouzanCustomerCardStatus.Taken, card.Status);
        Assert.Equal("13888888888", card.Mobile);
        Assert.Equal("232380211246442335", card.CardNo);
    }

    [Fact]
    public async Task A_resent_classic_push_is_handled_once()
    {
        await using var receiver = await StartDefaultAsync();
        using var youzan = Youzan();
        var first = youzan.CardPush("a1", "CARD_DISABLED", EventTime);

        var one = await youzan.SendAsync(receiver.Endpoint(), first);
        var two = await youzan.SendAsync(receiver.Endpoint(), first.AsRetry());

        Assert.True(one.Acknowledged);
        Assert.True(two.Acknowledged);
        Assert.Single(receiver.Recorder.Cards);
        Assert.Contains("\"sendCount\":1", Encoding.UTF8.GetString(receiver.Requests[1].Body.Span), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_newer_version_of_the_same_card_event_is_not_a_duplicate()
    {
        await using var receiver = await StartDefaultAsync();
        using var youzan = Youzan();

        await youzan.SendAsync(receiver.Endpoint(), youzan.CardPush("a1", "CARD_UPDATED", EventTime));
        await youzan.SendAsync(receiver.Endpoint(), youzan.CardPush("a1", "CARD_UPDATED", EventTime.AddSeconds(1)));

        Assert.Equal([EventTime.ToUnixTimeSeconds(), EventTime.ToUnixTimeSeconds() + 1], receiver.Recorder.Cards.Select(c => c.Push.Version!.Value));
    }

    [Fact]
    public async Task A_cloud_push_is_verified_by_its_event_sign_header_and_deduplicated_on_msg_id()
    {
        await using var receiver = await StartDefaultAsync();
        using var youzan = Youzan(YouzanPushStyle.Cloud);
        var delivery = youzan.CardPush("c9", "CARD_ENABLED", EventTime);

        var one = await youzan.SendAsync(receiver.Endpoint(), delivery);
        var two = await youzan.SendAsync(receiver.Endpoint(), delivery.AsRetry());

        Assert.True(one.Acknowledged && two.Acknowledged);
        Assert.Equal(delivery.EventSign, receiver.Requests[0].Header("Event-Sign"));
        Assert.Equal("SCRM_CARD", receiver.Requests[0].Header("Event-Type"));
        var card = Assert.Single(receiver.Recorder.Cards);
        Assert.Equal(delivery.MessageId, card.Push.MessageId);
    }

    [Fact]
    public async Task The_health_check_is_answered_without_a_signature_or_a_handler()
    {
        await using var receiver = await StartDefaultAsync();
        using var youzan = Youzan();

        var response = await youzan.SendAsync(receiver.Endpoint(), YouzanPushEmulator.HealthCheck());

        Assert.True(response.Acknowledged);
        Assert.Equal(0, receiver.Recorder.Attempts);
    }

    [Fact]
    public async Task A_forged_push_is_refused_every_time_and_never_reaches_a_handler()
    {
        await using var receiver = await StartDefaultAsync();
        using var forger = Youzan(secret: "guessed-secret");

        var responses = await forger.DeliverAsync(receiver.Endpoint(), forger.CardPush("a1", "CARD_DELETED", EventTime));

        Assert.Equal(4, responses.Count);
        Assert.All(responses, r => Assert.Equal(401, r.StatusCode));
        Assert.All(responses, r => Assert.False(r.Acknowledged));
        Assert.Equal(0, receiver.Recorder.Attempts);
    }

    [Fact]
    public async Task A_failing_handler_leaves_the_push_unmarked_so_the_resend_is_handled()
    {
        await using var receiver = await StartDefaultAsync();
        using var youzan = Youzan();
        receiver.Recorder.FailNext(2);
        var delivery = youzan.CardPush("a1", "CARD_CREATED", EventTime);

        var responses = await youzan.DeliverAsync(receiver.Endpoint(), delivery);
        var late = await youzan.SendAsync(receiver.Endpoint(), delivery.AsRetry().AsRetry().AsRetry());

        Assert.Equal([500, 500, 200], responses.Select(r => r.StatusCode));
        Assert.True(responses[^1].Acknowledged);
        // Three runs of the card handler (two failed), then the all-pushes handler once after it succeeded.
        Assert.Equal(4, receiver.Recorder.Attempts);
        Assert.Single(receiver.Recorder.Cards);
        Assert.Single(receiver.Recorder.Others);
        Assert.True(late.Acknowledged);
        Assert.Equal(4, receiver.Recorder.Attempts);
    }

    [Fact]
    public async Task Unknown_types_reach_the_raw_handler_with_their_message_kept()
    {
        await using var receiver = await StartDefaultAsync();
        using var youzan = Youzan();

        await youzan.SendAsync(receiver.Endpoint(), youzan.Push("POINTS", null, "yzuser_888", """{"mobile":"13800000000","amount":-5,"total":95,"description":"兑换","client_hash":""}""", 1517055397112));

        var push = Assert.Single(receiver.Recorder.Others);
        Assert.Equal("POINTS", push.Type);
        Assert.Null(push.Status);
        Assert.Equal(1517055397112L, push.Version);
        Assert.Equal("""{"mobile":"13800000000","amount":-5,"total":95,"description":"兑换","client_hash":""}""", push.DecodeMessage());
    }

    [Fact]
    public async Task A_push_without_a_handler_is_acknowledged_as_unhandled()
    {
        await using var receiver = await StartDefaultAsync(handlers: false);
        using var youzan = Youzan();

        var response = await youzan.SendAsync(receiver.Endpoint(), youzan.CardPush("a1", "CARD_CREATED", EventTime));

        Assert.True(response.Acknowledged);
        var dispatcher = receiver.Services.GetRequiredService<IYouzanDispatcher>();
        var again = await dispatcher.DispatchAsync(youzan.CardPush("a1", "CARD_CREATED", EventTime).Body, null);
        Assert.Equal(InboundOutcome.Unhandled, again.Outcome);
    }

    [Fact]
    public async Task An_oversized_body_is_refused_before_parsing()
    {
        await using var receiver = await PushReceiver.StartAsync(b => b.AddYouzan().Configure(o =>
        {
            o.ClientId = YouzanSamples.ClientId;
            o.ClientSecret = YouzanSamples.Secret;
            o.MaxMessageBytes = 4096;
        }));
        using var youzan = Youzan();
        var huge = youzan.Push("SCRM_CARD", "CARD_CREATED", "a1", "{\"card_alias\":\"" + new string('x', 5000) + "\"}", 1);

        var response = await youzan.SendAsync(receiver.Endpoint(), huge);

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(0, receiver.Recorder.Attempts);
    }

    [Fact]
    public async Task Named_apps_verify_with_their_own_secrets_and_a_rotation_accepts_the_old_secret()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MemberCards:Youzan:ClientId"] = YouzanSamples.ClientId,
            ["MemberCards:Youzan:ClientSecret"] = YouzanSamples.Secret,
            ["MemberCards:Youzan:AdditionalClientSecrets:0"] = YouzanSamples.OldSecret,
            ["Brands:B:ClientId"] = "brand-b-client",
            ["Brands:B:ClientSecret"] = "brand-b-secret",
        }).Build();
        await using var receiver = await PushReceiver.StartAsync(b => b.AddYouzan().AddYouzan("brandB").Bind(config.GetSection("Brands:B")), configuration: config.GetSection("MemberCards"));
        using var oldSecret = Youzan(secret: YouzanSamples.OldSecret);
        using var brandB = new YouzanPushEmulator("brand-b-client", "brand-b-secret");
        var bPush = brandB.CardPush("b1", "CARD_CREATED", EventTime);

        Assert.True((await oldSecret.SendAsync(receiver.Endpoint(), oldSecret.CardPush("a1", "CARD_CREATED", EventTime))).Acknowledged);
        Assert.True((await brandB.SendAsync(receiver.Endpoint("brandB"), bPush)).Acknowledged);
        Assert.Equal(401, (await brandB.SendAsync(receiver.Endpoint(), bPush)).StatusCode);
        Assert.Equal(["a1", "b1"], receiver.Recorder.Cards.Select(c => c.CardAlias));
    }

    [Fact]
    public void Missing_settings_fail_at_first_use_naming_the_setting_and_at_start_with_ValidateAllOnStart()
    {
        var services = new ServiceCollection();
        services.AddMemberCards().AddYouzan().Configure(o => o.ClientId = "only-an-id");
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IYouzanDispatcherFactory>().Create(string.Empty));

        Assert.Contains("MemberCards:Youzan:ClientSecret is required", ex.Message, StringComparison.Ordinal);
        services.AddMemberCards().ValidateAllOnStart();
        using var failFast = services.BuildServiceProvider();
        Assert.Contains("MemberCards:Youzan:ClientSecret is required", Assert.Throws<OptionsValidationException>(failFast.GetRequiredService<IStartupValidator>().Validate).Message, StringComparison.Ordinal);
    }
}
