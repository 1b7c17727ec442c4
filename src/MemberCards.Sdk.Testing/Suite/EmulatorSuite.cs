using MemberCards.Sdk.Testing.Erp;
using MemberCards.Sdk.Testing.WeChat;
using MemberCards.Sdk.Testing.WeChatPay;

namespace MemberCards.Sdk.Testing;

/// <summary>
/// The WeChat, WeChat Pay and ERP emulators served together by one <see cref="EmulatorHost"/> on one port, as
/// <c>membercards emulate</c> runs them. Their paths do not collide (<c>/cgi-bin</c> and <c>/card</c>, <c>/v3</c>,
/// <c>/user/memberPoints</c>), so every emulator's <c>BaseAddress</c> is the suite's. The host's recorded requests
/// and fault script are shared: each emulator's <c>Requests</c> lists the requests of all three. Control endpoints
/// under <c>/_emulator/</c> send WeChat event pushes, WeChat Pay notifications and Youzan pushes to the host under
/// test (<see cref="EmulatorSuiteOptions.Callbacks"/>, <see cref="WeChatEmulatorOptions.CallbackUrl"/>), let a user
/// pick a WeChat card up (a code issued, recorded and pushed in <c>user_get_card</c>, so that activating it succeeds),
/// approve a WeChat card, seed user cards, and list the requests received:
/// <c>POST /_emulator/wechat/pick-up?ticket=..|card_id=..&amp;openid=..</c>, <c>POST /_emulator/wechat/cards/{card_id}/approve</c>,
/// <c>POST /_emulator/wechat/events/{event}?openid=..&amp;CardId=..</c>,
/// <c>POST /_emulator/wechat/pay?mchid=..&amp;openid=..&amp;amount=..</c> (a WeChat Pay payment that a 支付即会员 rule turns into
/// a card, <see cref="WeChatEmulator.PayAsync"/>), <c>POST /_emulator/wechat/interactions?openid=..</c> (opens the 48-hour
/// customer-service window, <see cref="WeChatEmulator.RecordInteraction"/>),
/// <c>POST /_emulator/wechatpay/notifications/{eventType}?code=..</c>, <c>PUT /_emulator/wechatpay/user-cards/{code}</c>,
/// <c>POST /_emulator/youzan/pushes/{SCRM_CARD|SCRM_CUSTOMER_CARD|test}?status=..</c>, <c>GET /_emulator/requests</c>.
/// </summary>
public sealed class EmulatorSuite : IAsyncDisposable
{
    private readonly EmulatorControl control;
    private readonly EmulatorSuiteOptions options;

    private EmulatorSuite(EmulatorHost host, WeChatEmulator weChat, WeChatPayEmulator weChatPay, ErpEmulator erp, EmulatorControl control, EmulatorSuiteOptions options)
    {
        this.options = options;
        this.control = control;
        Host = host;
        WeChat = weChat;
        WeChatPay = weChatPay;
        Erp = erp;
    }

    /// <summary>The address every emulator of the suite answers on, such as <c>http://127.0.0.1:5099/</c>.</summary>
    public Uri BaseAddress => Host.BaseAddress;

    /// <summary>The shared server: recorded requests and fault script.</summary>
    public EmulatorHost Host { get; }

    /// <summary>The WeChat Official Account card API emulator.</summary>
    public WeChatEmulator WeChat { get; }

    /// <summary>The WeChat Pay APIv3 brand member card emulator.</summary>
    public WeChatPayEmulator WeChatPay { get; }

    /// <summary>The merchant ERP member points emulator.</summary>
    public ErpEmulator Erp { get; }

    /// <summary>Where the control endpoints deliver WeChat Pay notifications and Youzan pushes, and the Youzan app that signs them.</summary>
    public EmulatorCallbacks Callbacks => options.Callbacks;

    /// <summary>Where WeChat event pushes go (<see cref="WeChatEmulatorOptions.CallbackUrl"/>), or <see langword="null"/>.</summary>
    public Uri? WeChatCallbackUrl => options.WeChat.CallbackUrl;

    /// <summary>The token WeChat event pushes are signed with (configure it as <c>WeChat:PushToken</c> on the host).</summary>
    public string WeChatPushToken => options.WeChat.PushToken;

    /// <summary>Starts the emulators on one server.</summary>
    /// <param name="options">The port and each emulator's options, or <see langword="null"/> for the defaults on a free port.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running suite.</returns>
    public static async Task<EmulatorSuite> StartAsync(EmulatorSuiteOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new EmulatorSuiteOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port);
        var weChat = new WeChatEmulator(options.WeChat ??= new WeChatEmulatorOptions());
        var weChatPay = new WeChatPayEmulator(options.WeChatPay ?? new WeChatPayEmulatorOptions());
        var erp = new ErpEmulator(options.Erp ?? new ErpEmulatorOptions());
        var weChatOptions = options.WeChat;
        var control = new EmulatorControl(weChat, weChatOptions, weChatPay, options.Callbacks ??= new EmulatorCallbacks(), weChatOptions.TimeProvider);
        EmulatorHost? host = null;
        try
        {
            host = await EmulatorHost.StartAsync(
                app =>
                {
                    weChat.MapRoutes(app);
                    weChatPay.MapRoutes(app);
                    erp.MapRoutes(app);
                    control.MapRoutes(app, () => host!);
                },
                configureServices: null,
                options.Port,
                cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await weChatPay.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        weChat.UseSharedHost(host);
        weChatPay.UseSharedHost(host);
        erp.UseSharedHost(host);
        return new EmulatorSuite(host, weChat, weChatPay, erp, control, options);
    }

    /// <summary>
    /// Stores a sample WeChat Pay user card under <paramref name="userCardCode"/> (as
    /// <c>PUT /_emulator/wechatpay/user-cards/{code}</c> does), so that GET/PATCH calls and notifications find it.
    /// </summary>
    /// <param name="userCardCode">The user card code.</param>
    /// <param name="cardId">The card_id, or <see langword="null"/> for the sample's.</param>
    public void SeedUserCard(string userCardCode, string? cardId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(userCardCode);
        control.SeedUserCard(userCardCode, cardId);
    }

    /// <summary>Stops the server and disposes the keys the WeChat Pay emulator generated.</summary>
    /// <returns>A task that completes when stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync().ConfigureAwait(false);
        await WeChatPay.DisposeAsync().ConfigureAwait(false);
        await WeChat.DisposeAsync().ConfigureAwait(false);
        await Erp.DisposeAsync().ConfigureAwait(false);
    }
}
