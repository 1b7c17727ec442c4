using System.Net;
using MemberCards.Sdk.AspNetCore.Tests.Support;
using MemberCards.Sdk.Testing;
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.WeChatPay;

namespace MemberCards.Sdk.AspNetCore.Tests.Integration;

public sealed class WeChatPayNotificationsEndpointTests : IAsyncLifetime
{
    private WeChatPayEmulator wechatPay = null!;
    private ReceiverHost host = null!;

    public async Task InitializeAsync()
    {
        wechatPay = await WeChatPayEmulator.StartAsync();
        wechatPay.PutUserCard(WeChatPayEmulator.SampleUserCard("478515832665"));
        host = await ReceiverHost.StartAsync(
            b =>
            {
                b.AddWeChatPay(o => wechatPay.ConfigurePublicKeyMode(o)).AddHandler<WeChatPayUserCardEvent, WeChatPayRecorder>().AddHandler<object, WeChatPayAnyMessageRecorder>();
            },
            app => app.MapWeChatPayNotifications("/wechatpay/notify"));
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await wechatPay.DisposeAsync();
    }

    private Uri Notify => host.Url("/wechatpay/notify");

    [Fact]
    public async Task A_signed_notification_is_decrypted_handed_to_the_handler_and_answered_200()
    {
        var notification = wechatPay.CreateNotification(WeChatPayUserCardEvent.CreateEventType, "478515832665");

        var status = await WeChatPayEmulator.SendNotificationAsync(Notify, notification);

        Assert.Equal(200, status);
        var handled = Assert.Single(host.Handled.Of<WeChatPayUserCardEvent>());
        Assert.Equal(notification.Id, handled.Id);
        Assert.Equal(UserCardEventKind.Created, handled.Kind);
        Assert.Equal("478515832665", handled.UserCard.UserCardCode);
        Assert.Equal("13800138000", handled.UserCard.PhoneNumber!.Reveal());
    }

    [Fact]
    public async Task A_notification_the_sdk_has_no_type_for_reaches_the_catch_all_with_its_decrypted_json_and_is_answered_200()
    {
        var resource = new System.Text.Json.Nodes.JsonObject { ["feed_id"] = "F-7", ["note"] = "新功能" };
        var notification = wechatPay.CreateNotification("BRAND_MEMBER_CARD.SOMETHING_NEW", "something_new", resource);

        using var response = await PostAsync(notification);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(host.Handled.Of<WeChatPayUserCardEvent>());
        var (_, message) = Assert.Single(host.Handled.Of<(string, object)>());
        var unknown = Assert.IsType<WeChatPayUnknownEvent>(message);
        Assert.Equal(notification.Id, unknown.Id);
        Assert.Equal("BRAND_MEMBER_CARD.SOMETHING_NEW", unknown.EventType);
        Assert.Equal("something_new", unknown.OriginalType);
        Assert.Equal("新功能", (string?)System.Text.Json.Nodes.JsonNode.Parse(unknown.ResourceJson)!["note"]);
    }

    [Fact]
    public async Task A_notification_whose_body_was_changed_after_signing_is_refused_with_401_and_FAIL()
    {
        wechatPay.Misbehave(WeChatPayMisbehavior.TamperedBody);
        var notification = wechatPay.CreateNotification(WeChatPayUserCardEvent.CreateEventType, "478515832665");

        using var response = await PostAsync(notification);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("\"code\":\"FAIL\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(host.Handled.All);
    }

    [Fact]
    public async Task A_redelivered_notification_is_answered_200_without_running_the_handler_again()
    {
        var notification = wechatPay.CreateNotification(WeChatPayUserCardEvent.CreateEventType, "478515832665");

        var first = await WeChatPayEmulator.SendNotificationAsync(Notify, notification);
        var again = await WeChatPayEmulator.SendNotificationAsync(Notify, notification);

        Assert.Equal(200, first);
        Assert.Equal(200, again);
        Assert.Single(host.Handled.Of<WeChatPayUserCardEvent>());
    }

    [Fact]
    public async Task A_body_over_64_KiB_is_refused_with_413()
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(Notify, new ByteArrayContent(new byte[new WeChatPayOptions().MaxMessageBytes + 1]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("\"code\":\"FAIL\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_throwing_handler_gets_500_so_WeChat_Pay_redelivers_and_the_redelivery_is_handled_exactly_once()
    {
        host.Handled.FailNext();
        var notification = wechatPay.CreateNotification(WeChatPayUserCardEvent.DeleteEventType, "478515832665");

        var first = await WeChatPayEmulator.SendNotificationAsync(Notify, notification);
        var redelivery = await WeChatPayEmulator.SendNotificationAsync(Notify, notification);
        var lateRedelivery = await WeChatPayEmulator.SendNotificationAsync(Notify, notification);

        Assert.Equal([500, 200, 200], new[] { first, redelivery, lateRedelivery });
        Assert.Equal(1, host.Handled.Failures);
        Assert.Equal(UserCardEventKind.Deleted, Assert.Single(host.Handled.Of<WeChatPayUserCardEvent>()).Kind);
    }

    private async Task<HttpResponseMessage> PostAsync(WeChatPayEmulatedNotification notification)
    {
        using var http = new HttpClient();
        var content = new ByteArrayContent(notification.Body);
        using var request = new HttpRequestMessage(HttpMethod.Post, Notify) { Content = content };
        foreach (var (name, value) in notification.Headers)
        {
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return await http.SendAsync(request);
    }
}
