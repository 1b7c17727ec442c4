using System.Net;
using MemberCards.Samples.WeChatPage;
using MemberCards.Sdk;
using MemberCards.Sdk.Iot;
using MemberCards.Sdk.WeChat;
using MemberCards.Sdk.Youzan;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MemberCards.Samples.Quickstart;

/// <summary>
/// The merchant's own web app: the SDK registered from configuration, the four push endpoints mapped, the member-card
/// web page (wx.config + wx.addCard, signed with the SDK's tickets) and the handlers that feed the story. This is the
/// part a real host copies.
/// </summary>
public sealed class MerchantHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private volatile WeChatCardExtFields? pageCard;

    private MerchantHost(WebApplication app)
    {
        this.app = app;
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The script the member-card page loads to define <c>wx</c>: WeChat's JS-SDK, or the emulator's stand-in for the page visitor.</summary>
    public Uri PageScript { get; private set; } = AddCardPage.WeChatJsSdkScript;

    /// <summary>The card the web page hands out; the page's signature request fails until it is set.</summary>
    public WeChatCardExtFields? PageCard
    {
        get => pageCard;
        set => pageCard = value;
    }

    public IServiceProvider Services => app.Services;

    public StoryInbox Inbox => app.Services.GetRequiredService<StoryInbox>();

    public Uri Url(string path) => new(BaseAddress, path.TrimStart('/'));

    public static async Task<MerchantHost> StartAsync(IConfiguration configuration, Emulators emulators, QuickstartSettings settings, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddConfiguration(configuration.GetSection("Logging"));
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, settings.ListenPort));

        builder.Services.AddSingleton<StoryInbox>();
        // Several instances behind a load balancer? Add the MemberCards.Sdk.Redis package and append
        // .UseRedis("redis0:6379") here: one token fetch per fleet, each push handled once by the fleet (docs/redis.md).
        var memberCards = builder.Services.AddMemberCards(configuration.GetSection("MemberCards"));
        emulators.AddClients(memberCards);
        memberCards.AddWeChatCards().AddHandler<WeChatUserGetCardEvent, UserGetCardHandler>();
        memberCards.AddIotEvents().AddHandler<CustomerAddEvent, IotCustomerAddHandler>();
        memberCards.AddYouzan().AddHandler<YouzanCustomerCardEvent, YouzanCustomerCardHandler>();

        var app = builder.Build();
        app.MapWeChatCardEvents("/wechat/events");
        app.MapWeChatPayNotifications("/wechatpay/notify");
        app.MapYouzanPush("/youzan/push");
        if (!string.IsNullOrWhiteSpace(settings.IotBridgeToken))
        {
            // IoT messages carry no signature: the bridge's bearer token is the endpoint's only check.
            app.MapIotEvents("/iot/events", o => o.AccessToken = settings.IotBridgeToken);
        }

        // The member-card page (samples/MemberCards.Samples.WeChatPage): GET /member/join, whose script asks
        // /member/join/signature to sign wx.config and the cardExt, then calls wx.addCard. In WeChat it loads WeChat's
        // JS-SDK; against the emulator its stand-in, which passes the tester's openid on to the emulator.
        var host = new MerchantHost(app) { PageScript = emulators.WeChat?.JsSdkScriptUrl(settings.PageVisitorOpenId) ?? AddCardPage.WeChatJsSdkScript };
        AddCardPage.Map(app, host.PageScript, () => host.PageCard ?? throw new InvalidOperationException("The story has not created the card yet."));
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        host.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
