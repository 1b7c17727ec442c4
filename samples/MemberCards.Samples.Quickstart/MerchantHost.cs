using System.Net;
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
/// The merchant's own web app: the SDK registered from configuration, the four push endpoints mapped, and the
/// handlers that feed the story. This is the part a real host copies.
/// </summary>
public sealed class MerchantHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private MerchantHost(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => app.Services;

    public StoryInbox Inbox => app.Services.GetRequiredService<StoryInbox>();

    public Uri Url(string path) => new(BaseAddress, path.TrimStart('/'));

    public static async Task<MerchantHost> StartAsync(IConfiguration configuration, Emulators emulators, int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddConfiguration(configuration.GetSection("Logging"));
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, port));

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
        app.MapIotEvents("/iot/events");
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new MerchantHost(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
