using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.WeChatPay.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

/// <summary>Every event generation and <c>original_type</c>, from the emulator through DI to typed handlers.</summary>
public sealed class EventRoutingTests
{
    private const string Code = "478515832665";

    [Theory]
    [InlineData(WeChatPayUserCardEvent.LegacyCreateEventType, UserCardEventKind.Created)]
    [InlineData(WeChatPayUserCardEvent.LegacyDeleteEventType, UserCardEventKind.Deleted)]
    [InlineData(WeChatPayUserCardEvent.CreateEventType, UserCardEventKind.Created)]
    [InlineData(WeChatPayUserCardEvent.DeleteEventType, UserCardEventKind.Deleted)]
    [InlineData(WeChatPayUserCardEvent.BrandCreateEventType, UserCardEventKind.Created)]
    [InlineData(WeChatPayUserCardEvent.BrandDeleteEventType, UserCardEventKind.Deleted)]
    public async Task A_user_card_event_of_every_generation_reaches_its_typed_handler(string eventType, UserCardEventKind kind)
    {
        var seen = new Seen();
        await using var harness = await StartAsync(seen, b => b.AddHandler<WeChatPayUserCardEvent, Typed<WeChatPayUserCardEvent>>());
        var notification = harness.Emulator.CreateNotification(eventType, Code);

        var result = await Dispatch(harness, notification);

        Assert.Equal(InboundOutcome.Handled, result.Outcome);
        var handled = Assert.IsType<WeChatPayUserCardEvent>(Assert.Single(seen.Messages));
        Assert.Same(result.Message, handled);
        Assert.Equal(notification.Id, handled.Id);
        Assert.Equal(eventType, handled.EventType);
        Assert.Equal(WeChatPayOriginalTypes.UserCard, handled.OriginalType);
        Assert.Equal(kind, handled.Kind);
        Assert.Equal(Code, handled.UserCard.UserCardCode);
        Assert.Equal("pbLatjvWOibDc5-TBnbUk1pD12o0", handled.UserCard.CardId);
        Assert.Equal("13800138000", handled.UserCard.PhoneNumber!.Reveal());
    }

    [Theory]
    [InlineData(WeChatPayPointExchangeCouponEvent.PartnerEventType)]
    [InlineData(WeChatPayPointExchangeCouponEvent.BrandEventType)]
    public async Task A_point_exchange_event_reaches_its_typed_handler_with_every_field(string eventType)
    {
        var seen = new Seen();
        await using var harness = await StartAsync(seen, b => b.AddHandler<WeChatPayPointExchangeCouponEvent, Typed<WeChatPayPointExchangeCouponEvent>>());
        var notification = harness.Emulator.CreatePointExchangeCouponNotification(eventType, Code, "REC-20250901-1", 300);

        var result = await Dispatch(harness, notification);

        Assert.Equal(InboundOutcome.Handled, result.Outcome);
        var handled = Assert.IsType<WeChatPayPointExchangeCouponEvent>(Assert.Single(seen.Messages));
        Assert.Equal(notification.Id, handled.Id);
        Assert.Equal(eventType, handled.EventType);
        Assert.Equal(WeChatPayOriginalTypes.PointCoupon, handled.OriginalType);
        Assert.Equal("REC-20250901-1", handled.RecordId);
        Assert.Equal("ECT-1000", handled.ExchangeCouponTemplateId);
        Assert.Equal(300, handled.DeductPoints);
        Assert.Equal(Code, handled.UserCardCode);
        Assert.Equal("pbLatjvWOibDc5-TBnbUk1pD12o0", handled.CardId);
        Assert.Equal("1004", handled.BrandId);
        Assert.Equal("obLatjnx9gnqzS4myYGmLZ7LgLBA", handled.OpenId);
        Assert.Equal("wxea9c30a90fs8fa9f", handled.AppId);
        Assert.Equal("1000000013", handled.ProductCouponId);
        Assert.Equal("NORMAL", handled.ProductCouponStockType);
        Assert.Equal("98065001", handled.StockId);
    }

    [Theory]
    [InlineData(WeChatPaySyncUserPointEvent.PartnerEventType)]
    [InlineData(WeChatPaySyncUserPointEvent.BrandEventType)]
    public async Task A_sync_user_point_event_reaches_its_typed_handler_with_every_field(string eventType)
    {
        var seen = new Seen();
        await using var harness = await StartAsync(seen, b => b.AddHandler<WeChatPaySyncUserPointEvent, Typed<WeChatPaySyncUserPointEvent>>());
        var notification = harness.Emulator.CreateSyncUserPointNotification(eventType, Code);

        var result = await Dispatch(harness, notification);

        Assert.Equal(InboundOutcome.Handled, result.Outcome);
        var handled = Assert.IsType<WeChatPaySyncUserPointEvent>(Assert.Single(seen.Messages));
        Assert.Equal(notification.Id, handled.Id);
        Assert.Equal(eventType, handled.EventType);
        Assert.Equal(WeChatPayOriginalTypes.SyncUserPoint, handled.OriginalType);
        Assert.Equal(Code, handled.UserCardCode);
        Assert.Equal("pbLatjvWOibDc5-TBnbUk1pD12o0", handled.CardId);
        Assert.Equal("1004", handled.BrandId);
        Assert.Equal("obLatjnx9gnqzS4myYGmLZ7LgLBA", handled.OpenId);
    }

    [Fact]
    public async Task Without_an_original_type_the_event_type_of_any_generation_names_the_model()
    {
        var seen = new Seen();
        await using var harness = await StartAsync(seen, b => b.AddHandler<WeChatPayEvent, Typed<WeChatPayEvent>>());
        var resource = new JsonObject { ["brand_id"] = "1004", ["card_id"] = "pbLatjvWOibDc5-TBnbUk1pD12o0", ["openid"] = "o1", ["user_card_code"] = Code };

        await Dispatch(harness, harness.Emulator.CreateNotification(WeChatPaySyncUserPointEvent.PartnerEventType, null, resource));

        var handled = Assert.IsType<WeChatPaySyncUserPointEvent>(Assert.Single(seen.Messages));
        Assert.Null(handled.OriginalType);
        Assert.Equal(Code, handled.UserCardCode);
    }

    [Fact]
    public async Task An_unknown_event_reaches_the_catch_all_with_its_decrypted_json_and_is_handled()
    {
        var seen = new Seen();
        await using var harness = await StartAsync(seen, b => b
            .AddHandler<WeChatPayUserCardEvent, Typed<WeChatPayUserCardEvent>>()
            .AddHandler<object, Typed<object>>());
        var resource = new JsonObject { ["feed_id"] = "F-1", ["points"] = 12 };
        var notification = harness.Emulator.CreateNotification("BRAND_MEMBER_CARD.SOMETHING_NEW", "something_new", resource);

        var result = await Dispatch(harness, notification);

        Assert.Equal(InboundOutcome.Handled, result.Outcome);
        Assert.True(result.Acknowledge);
        var unknown = Assert.IsType<WeChatPayUnknownEvent>(Assert.Single(seen.Messages));
        Assert.Equal(notification.Id, unknown.Id);
        Assert.Equal("BRAND_MEMBER_CARD.SOMETHING_NEW", unknown.EventType);
        Assert.Equal("something_new", unknown.OriginalType);
        Assert.Equal("F-1", (string?)JsonNode.Parse(unknown.ResourceJson)!["feed_id"]);
        Assert.Equal(12, (int?)JsonNode.Parse(unknown.ResourceJson)!["points"]);
    }

    [Fact]
    public async Task A_known_original_type_wins_over_an_event_type_the_sdk_does_not_know()
    {
        var seen = new Seen();
        await using var harness = await StartAsync(seen, b => b.AddHandler<object, Typed<object>>());
        var card = harness.Emulator.GetUserCard(Code)!;

        await Dispatch(harness, harness.Emulator.CreateNotification("BRAND_MEMBER_CARD.USER_CARD.UPGRADE", WeChatPayOriginalTypes.UserCard, card));

        var handled = Assert.IsType<WeChatPayUserCardEvent>(Assert.Single(seen.Messages));
        Assert.Equal(UserCardEventKind.Unknown, handled.Kind);
        Assert.Equal(Code, handled.UserCard.UserCardCode);
    }

    [Fact]
    public async Task Handlers_run_concrete_type_then_base_event_then_every_message()
    {
        var seen = new Seen();
        await using var harness = await StartAsync(seen, b => b
            .AddHandler<object, Typed<object>>()
            .AddHandler<WeChatPayEvent, Typed<WeChatPayEvent>>()
            .AddHandler<WeChatPayUserCardEvent, Typed<WeChatPayUserCardEvent>>()
            .AddHandler<WeChatPayPointExchangeCouponEvent, Typed<WeChatPayPointExchangeCouponEvent>>());

        await Dispatch(harness, harness.Emulator.CreateSyncUserPointNotification(WeChatPaySyncUserPointEvent.BrandEventType, Code));
        await Dispatch(harness, harness.Emulator.CreatePointExchangeCouponNotification(WeChatPayPointExchangeCouponEvent.BrandEventType, Code, "REC-2", 10));

        Assert.Equal(
            [
                "WeChatPayEvent:WeChatPaySyncUserPointEvent", "Object:WeChatPaySyncUserPointEvent",
                "WeChatPayPointExchangeCouponEvent:WeChatPayPointExchangeCouponEvent", "WeChatPayEvent:WeChatPayPointExchangeCouponEvent", "Object:WeChatPayPointExchangeCouponEvent",
            ],
            seen.Order);
    }

    [Fact]
    public void Handlers_of_a_type_that_is_not_a_wechat_pay_message_are_refused_with_a_message_naming_the_choices()
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<ArgumentException>(() => services.AddMemberCards().AddWeChatPay().AddHandler<Uri, Typed<Uri>>());

        Assert.Equal("TMessage", error.ParamName);
        Assert.Contains("not System.Uri", error.Message, StringComparison.Ordinal);
        Assert.Contains("WeChatPayEvent", error.Message, StringComparison.Ordinal);
        Assert.Contains("WeChatPayUnknownEvent", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IWeChatPayMessageHandler<Uri>));
    }

    private static Task<Harness> StartAsync(Seen seen, Action<WeChatPayBuilder> build)
        => Harness.StartAsync((e, o) => e.ConfigurePublicKeyMode(o, withApiV3Key: true), null, null, build, s => s.AddSingleton(seen));

    private static Task<WeChatPayDispatchResult> Dispatch(Harness harness, WeChatPayEmulatedNotification notification)
        => harness.Services.GetRequiredService<IWeChatPayDispatcher>().DispatchAsync(notification.Headers, notification.Body);

    internal sealed class Seen
    {
        public ConcurrentQueue<object> Messages { get; } = new();

        public ConcurrentQueue<string> Order { get; } = new();
    }

    internal sealed class Typed<T>(Seen seen) : IWeChatPayMessageHandler<T>
        where T : class
    {
        public Task HandleAsync(T message, WeChatPayMessageContext context, CancellationToken cancellationToken)
        {
            if (!seen.Messages.Contains(message))
            {
                seen.Messages.Enqueue(message);
            }

            seen.Order.Enqueue($"{typeof(T).Name}:{message.GetType().Name}");
            return Task.CompletedTask;
        }
    }
}
