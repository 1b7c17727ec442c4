using MemberCards.Sdk;
using MemberCards.Sdk.Iot;
using MemberCards.Sdk.Testing;
using MemberCards.Sdk.Testing.Erp;
using MemberCards.Sdk.Testing.Iot;
using MemberCards.Sdk.Testing.WeChat;
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.Testing.Youzan;
using Microsoft.Extensions.Configuration;

namespace MemberCards.Samples.Quickstart;

/// <summary>
/// The in-process emulators standing in for every service that has no <c>MemberCards:&lt;Service&gt;</c> configuration,
/// and the matching client settings. A configured service gets no emulator: its client binds the real settings.
/// </summary>
public sealed class Emulators : IAsyncDisposable
{
    public const string WeChatAppId = "wxquickstart00001";
    public const string WeChatAppSecret = "quickstart-app-secret";
    public const string WeChatPushToken = "quickstart-push-token";
    public const string WeChatAesKey = "QuickstartEncodingAesKey0123456789abcdefghi";
    public const string YouzanClientId = "quickstart-youzan-client";
    public const string YouzanClientSecret = "quickstart-youzan-secret";

    private WeChatEmulatorOptions? wechatOptions;

    public WeChatEmulator? WeChat { get; private set; }

    public WeChatPayEmulator? WeChatPay { get; private set; }

    public ErpEmulator? Erp { get; private set; }

    /// <summary>Youzan only pushes: its emulator is a signer and sender, not a server.</summary>
    public YouzanPushEmulator? Youzan { get; private set; }

    /// <summary>The IoT platform publishes over MQTT: an in-process broker the story publishes on, and the host subscribes to.</summary>
    public IotMqttBroker? Iot { get; private set; }

    public static bool IsConfigured(IConfiguration configuration, string service)
        => configuration.GetSection("MemberCards").GetSection(service).Exists();

    public static async Task<Emulators> StartAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        var emulators = new Emulators();
        if (!IsConfigured(configuration, "WeChat"))
        {
            emulators.WeChat = await WeChatEmulator.StartAsync(
                o =>
                {
                    o.Apps[WeChatAppId] = WeChatAppSecret;
                    o.PushToken = WeChatPushToken;
                    o.EncodingAesKey = WeChatAesKey;
                    o.EncryptPushes = true;
                    emulators.wechatOptions = o;
                },
                cancellationToken);
        }

        if (!IsConfigured(configuration, "WeChatPay"))
        {
            emulators.WeChatPay = await WeChatPayEmulator.StartAsync(cancellationToken: cancellationToken);
        }

        if (!IsConfigured(configuration, "Erp"))
        {
            emulators.Erp = await ErpEmulator.StartAsync(cancellationToken: cancellationToken);
        }

        if (!IsConfigured(configuration, "Youzan"))
        {
            emulators.Youzan = new YouzanPushEmulator(YouzanClientId, YouzanClientSecret) { Style = YouzanPushStyle.Cloud };
        }

        if (!IsConfigured(configuration, "Iot"))
        {
            emulators.Iot = await IotMqttBroker.StartAsync(cancellationToken);
        }
        return emulators;
    }

    /// <summary>Adds every client: bound from configuration when configured, else pointed at its emulator.</summary>
    public void AddClients(IMemberCardsBuilder builder)
    {
        if (WeChat is { } wechat)
        {
            builder.AddWeChatCards(o =>
            {
                o.AppId = WeChatAppId;
                o.AppSecret = WeChatAppSecret;
                o.BaseAddress = wechat.BaseAddress;
                o.PushToken = WeChatPushToken;
                o.EncodingAesKey = WeChatAesKey;
                o.RequireEncryptedPushes = true; // the default once EncodingAesKey is set, spelled out: plaintext pushes are signed without their body
            });
        }
        else
        {
            builder.AddWeChatCards();
        }

        if (WeChatPay is { } wechatPay)
        {
            builder.AddWeChatPay(o => wechatPay.ConfigurePublicKeyMode(o));
        }
        else
        {
            builder.AddWeChatPay();
        }

        if (Erp is { } erp)
        {
            builder.AddErpPoints().Configure(o => o.BaseAddress = erp.BaseAddress);
        }
        else
        {
            builder.AddErpPoints();
        }

        if (Youzan is not null)
        {
            builder.AddYouzan().Configure(o =>
            {
                o.ClientId = YouzanClientId;
                o.ClientSecret = YouzanClientSecret;
            });
        }
        else
        {
            builder.AddYouzan();
        }

        if (Iot is { } iot)
        {
            builder.AddIotEvents().AddMqttSubscription(o =>
            {
                o.Server = IotMqttBroker.Host;
                o.Port = iot.Port;
                o.ClientId = "membercards-quickstart";
                o.Topics.Add(IotTopic.SubscriptionFilter());
            });
        }
        else if (builder.Configuration?.GetSection("Iot:Mqtt").Exists() == true)
        {
            builder.AddIotEvents().AddMqttSubscription();
        }
        else
        {
            builder.AddIotEvents();
        }
    }

    /// <summary>Tells the WeChat emulator where the merchant's server URL is, once the host listens.</summary>
    public void SetWeChatCallback(Uri serverUrl)
    {
        if (wechatOptions is not null)
        {
            wechatOptions.CallbackUrl = serverUrl;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Youzan?.Dispose();
        if (Iot is not null)
        {
            await Iot.DisposeAsync();
        }

        if (Erp is not null)
        {
            await Erp.DisposeAsync();
        }

        if (WeChatPay is not null)
        {
            await WeChatPay.DisposeAsync();
        }

        if (WeChat is not null)
        {
            await WeChat.DisposeAsync();
        }
    }
}
