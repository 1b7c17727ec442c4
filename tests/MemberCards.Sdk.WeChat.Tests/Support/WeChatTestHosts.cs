using MemberCards.Sdk.Testing.WeChat;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MemberCards.Sdk.WeChat.Tests.Support;

/// <summary>Builds SDK hosts wired to an emulator.</summary>
internal static class WeChatTestHosts
{
    public const string AppId = "wx1234567890abcdef";
    public const string AppSecret = "secret-of-the-test-account-000001";
    public const string PushToken = "membercards-emulator-token";
    public const string EncodingAesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    public static ServiceProvider Build(
        WeChatEmulator emulator,
        Action<WeChatCardsOptions>? configure = null,
        TimeProvider? time = null,
        IDistributedCache? cache = null,
        ListLoggerProvider? logs = null,
        Action<IMemberCardsBuilder>? more = null)
    {
        var services = new ServiceCollection();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        if (cache is not null)
        {
            services.AddSingleton(cache);
        }

        if (logs is not null)
        {
            services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        }

        services.AddSingleton<HandledEvents>();
        var builder = services.AddMemberCards().AddWeChatCards(o =>
        {
            o.AppId = AppId;
            o.AppSecret = AppSecret;
            o.BaseAddress = emulator.BaseAddress;
            o.PushToken = PushToken;
            o.EncodingAesKey = EncodingAesKey;

            // The emulator sends plaintext or safe-mode pushes per test (EncryptPushes), as an account does while it is
            // switched to safe mode: both are read. The default, which refuses plaintext once a key is set, is tested in
            // PushVerificationOrderTests.
            o.RequireEncryptedPushes = false;
            configure?.Invoke(o);
        }).AddHandler<WeChatEvent, HandledEventsHandler>();
        more?.Invoke(builder);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public static Task<WeChatEmulator> StartEmulatorAsync(TimeProvider? time = null, Action<WeChatEmulatorOptions>? configure = null)
        => WeChatEmulator.StartAsync(o =>
        {
            o.Apps[AppId] = AppSecret;
            o.PushToken = PushToken;
            o.EncodingAesKey = EncodingAesKey;
            if (time is not null)
            {
                o.TimeProvider = time;
            }

            configure?.Invoke(o);
        });
}
