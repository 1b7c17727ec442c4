using MemberCards.Sdk.Testing.WeChatPay;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChatPay.Tests.Support;

/// <summary>An emulator plus a service provider built through <c>services.AddMemberCards().AddWeChatPay(...)</c>.</summary>
internal sealed class Harness : IAsyncDisposable
{
    private Harness(WeChatPayEmulator emulator, ServiceProvider services)
    {
        Emulator = emulator;
        Services = services;
    }

    public WeChatPayEmulator Emulator { get; }

    public ServiceProvider Services { get; }

    public IWeChatPayBrandCardClient Client => Services.GetRequiredService<IWeChatPayBrandCardClient>();

    public WeChatPayKeyStore Keys => Services.GetRequiredService<WeChatPayMerchantRegistry>().Get(string.Empty).Keys;

    public static Task<Harness> PublicKeyModeAsync(Action<WeChatPayOptions>? tweak = null, TimeProvider? time = null)
        => StartAsync((e, o) => e.ConfigurePublicKeyMode(o), tweak, time);

    public static Task<Harness> CertificateModeAsync(Action<WeChatPayOptions>? tweak = null, TimeProvider? time = null)
        => StartAsync((e, o) => e.ConfigureCertificateMode(o), tweak, time);

    public static Task<Harness> StartAsync(Action<WeChatPayEmulator, WeChatPayOptions> mode, Action<WeChatPayOptions>? tweak, TimeProvider? time)
        => StartAsync(mode, tweak, time, null, null);

    public static async Task<Harness> StartAsync(Action<WeChatPayEmulator, WeChatPayOptions> mode, Action<WeChatPayOptions>? tweak, TimeProvider? time, Action<WeChatPayBuilder>? build, Action<IServiceCollection>? addServices)
    {
        var emulator = await WeChatPayEmulator.StartAsync(TestKeys.Options(time));
        emulator.PutUserCard(WeChatPayEmulator.SampleUserCard());
        var services = new ServiceCollection();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        addServices?.Invoke(services);
        var builder = services.AddMemberCards().AddWeChatPay(o =>
        {
            mode(emulator, o);
            o.RetryDelay = TimeSpan.FromMilliseconds(1);
            tweak?.Invoke(o);
        });
        build?.Invoke(builder);
        return new Harness(emulator, services.BuildServiceProvider(validateScopes: true));
    }

    public static GetUserCardRequest SampleGet(string code = "478515832665") => new()
    {
        UserCardCode = code,
        BrandId = "1004",
        CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0",
        OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA",
    };

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}
