using MemberCards.Sdk.WeChat;
using MemberCards.Sdk.Youzan;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.Redis.FleetHost;

/// <summary>
/// The only file of the fleet host that uses the WeChat and Youzan APIs (registration, token provider, card client,
/// push dispatcher and handler), so that a change of those APIs is adapted here alone.
/// </summary>
internal static class FleetServices
{
    /// <summary>Registers the SDK as one fleet instance: Redis (unless none), one WeChat account per app (the token mode of the settings), one Youzan app.</summary>
    public static void Register(IServiceCollection services, FleetSettings settings, HandlerProbe probe)
    {
        var builder = services.AddMemberCards();
        if (settings.Redis is { } redis)
        {
            builder = builder.UseRedis(redis, o =>
            {
                o.KeyPrefix = settings.KeyPrefix;
                o.OperationTimeout = TimeSpan.FromSeconds(1);
                o.ConnectTimeout = TimeSpan.FromSeconds(1);
            });
        }

        foreach (var (appId, secret) in settings.Apps)
        {
            builder.AddWeChatCards(appId).Configure(o =>
            {
                o.AppId = appId;
                o.AppSecret = secret;
                o.BaseAddress = settings.WeChat;
                o.TokenMode = settings.TokenMode;
                o.Timeout = TimeSpan.FromSeconds(20);
            });
        }

        builder.AddYouzan().Configure(o =>
        {
            o.ClientId = settings.YouzanClientId;
            o.ClientSecret = settings.YouzanClientSecret;
        }).AddHandler<YouzanPush, ProbeHandler>();
        services.AddSingleton(probe);
    }

    /// <summary>Gets the access_token of the account registered for <paramref name="appId"/>.</summary>
    public static async Task<string> TokenAsync(IServiceProvider services, string appId)
        => await services.GetRequiredService<IWeChatClientFactory>().GetAccessTokenProvider(appId).GetAccessTokenAsync().ConfigureAwait(false);

    /// <summary>Gets a JS-SDK ticket (<c>jsapi</c> or <c>wx_card</c>) of the account registered for <paramref name="appId"/>.</summary>
    public static async Task<string> TicketAsync(IServiceProvider services, string appId, string type)
    {
        var ticketType = type switch
        {
            "jsapi" => WeChatTicketType.JsApi,
            "wx_card" => WeChatTicketType.WxCard,
            _ => throw new ArgumentException($"unknown ticket type {type}", nameof(type)),
        };
        return await services.GetRequiredService<IWeChatClientFactory>().GetTicketProvider(appId).GetTicketAsync(ticketType).ConfigureAwait(false);
    }

    /// <summary>Makes one card API call (card/get of a card that does not exist) with the account's token.</summary>
    public static async Task CardCallAsync(IServiceProvider services, string appId)
        => await services.GetRequiredService<IWeChatClientFactory>().Create(appId).GetCardAsync(new WeChatCardIdRequest { CardId = "pFleetHostNoSuchCard" }).ConfigureAwait(false);

    /// <summary>Dispatches one delivery of a Youzan push; returns the outcome's name.</summary>
    public static async Task<string> DispatchAsync(IServiceProvider services, ReadOnlyMemory<byte> body, string? sign)
    {
        var result = await services.GetRequiredService<IYouzanDispatcher>().DispatchAsync(body, sign).ConfigureAwait(false);
        return result.Outcome.ToString();
    }

    private sealed class ProbeHandler(HandlerProbe probe) : IYouzanMessageHandler<YouzanPush>
    {
        public Task HandleAsync(YouzanPush message, YouzanMessageContext context, CancellationToken cancellationToken) => probe.RunAsync(cancellationToken);
    }
}
