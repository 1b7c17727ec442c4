using MemberCards.Sdk.Testing;
using MemberCards.Sdk.Testing.WeChat;
using MemberCards.Sdk.TestSources;
using MemberCards.Sdk.WeChat.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChat.Tests.Integration;

/// <summary>Issue 23, runtime onboarding: an Official Account added, its secret rotated and the account removed through a registration source while the host runs.</summary>
public sealed class SourcedAccountTests
{
    private const string AppId = "wx00000000feedbeef";
    private const string Secret = "secret-of-the-sourced-account-0001";
    private const string NewSecret = "secret-of-the-sourced-account-0002";

    [Fact]
    public async Task An_account_is_added_called_rotated_and_removed_without_a_restart()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        var source = new InMemoryRegistrationSource<WeChatCardsOptions>();
        var services = new ServiceCollection();
        var builder = services.AddMemberCards();
        builder.AddWeChatCards("registered").Configure(o =>
        {
            o.AppId = WeChatTestHosts.AppId;
            o.AppSecret = WeChatTestHosts.AppSecret;
            o.BaseAddress = emulator.BaseAddress;
        });
        builder.AddWeChatCardsSource(source);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        var factory = provider.GetRequiredService<IWeChatClientFactory>();
        var cache = provider.GetRequiredService<IMemberCardsRegistrationCache<WeChatCardsOptions>>();

        // Onboarding: the account exists on the platform and in the ISV's store; the first use asks the source.
        emulator.AddApp(AppId, Secret);
        source.Put("brandX", o =>
        {
            o.AppId = AppId;
            o.AppSecret = Secret;
            o.BaseAddress = emulator.BaseAddress;
        });
        Assert.NotNull((await factory.Create("brandX").CreateMemberCardAsync(new WeChatCreateMemberCardRequest { MemberCard = SampleCards.Valid() })).CardId);
        Assert.Equal(1, emulator.TokenRequestCount(AppId));
        Assert.Equal(0, emulator.TokenRequestCount(WeChatTestHosts.AppId));
        Assert.Equal(AppId, factory.GetAccessTokenProvider("brandX").AppId);

        // A re-read rebuilds the account's provider, but the token stays in the distributed cache under the AppId.
        cache.Invalidate("brandX");
        Assert.NotNull((await factory.Create("brandX").CreateMemberCardAsync(new WeChatCreateMemberCardRequest { MemberCard = SampleCards.Valid() })).CardId);
        Assert.Equal(1, emulator.TokenRequestCount(AppId));

        // Rotation: the secret is reset in the account's admin and in the store; the next token request uses the new one.
        emulator.AddApp(AppId, NewSecret);
        source.Put("brandX", o =>
        {
            o.AppId = AppId;
            o.AppSecret = NewSecret;
            o.BaseAddress = emulator.BaseAddress;
        });
        cache.Invalidate("brandX");
        await factory.GetAccessTokenProvider("brandX").InvalidateAsync();
        Assert.NotNull((await factory.Create("brandX").CreateMemberCardAsync(new WeChatCreateMemberCardRequest { MemberCard = SampleCards.Valid() })).CardId);
        Assert.Equal(2, emulator.TokenRequestCount(AppId));
        Assert.Equal(3, source.AskedFor("brandX"));

        // Offboarding: removed and invalidated, the name is not registered; the registered account is untouched.
        source.Remove("brandX");
        cache.Invalidate("brandX");
        var removed = Assert.Throws<InvalidOperationException>(() => factory.Create("brandX"));
        Assert.StartsWith("MemberCards:WeChat(brandX) is not registered (registered: 'registered') and its registration source does not know it.", removed.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => factory.GetAccessTokenProvider("brandX"));
        Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IWeChatDispatcherFactory>().Create("brandX"));
        Assert.Equal(4, source.AskedFor("brandX"));
        Assert.NotNull((await factory.Create("registered").CreateMemberCardAsync(new WeChatCreateMemberCardRequest { MemberCard = SampleCards.Valid() })).CardId);
        Assert.Equal(0, source.AskedFor("registered"));
    }

    [Fact]
    public async Task A_host_whose_accounts_all_come_from_the_source_adds_its_handlers_at_the_service_level()
    {
        IWeChatDispatcherFactory? dispatchers = null;
        await using var receiver = await StartReceiverAsync(() => dispatchers!);
        await using var emulator = await StartBrandEmulatorAsync(AppId, new Uri(receiver.BaseAddress, "wechat/events/brandX"));
        var source = new InMemoryRegistrationSource<WeChatCardsOptions>();
        source.Put("brandX", o => ConfigureAccount(o, AppId, emulator));
        var handled = new HandledEntries();
        var services = new ServiceCollection();
        services.AddSingleton(handled);
        services.AddMemberCards()
            .AddWeChatCardsSource(source)
            .AddWeChatCardsHandler<WeChatUserGetCardEvent, GetCardHandler>()
            .AddWeChatCardsHandler<WeChatEvent, EveryEventHandler>();
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        dispatchers = provider.GetRequiredService<IWeChatDispatcherFactory>();

        // No AddWeChatCards(name) at all: the emulator's safe-mode push reaches the loopback endpoint, which dispatches it
        // through IWeChatDispatcherFactory.Create("brandX"), verified and decrypted with what the source gave.
        var push = await emulator.PushEventAsync(AppId, "user_get_card", "openid-sourced", [("CardId", "pCardId0001"), ("IsGiveByFriend", "0"), ("UserCardCode", "812345678901")]);

        Assert.Equal((200, string.Empty), (push.CallbackStatus, push.CallbackResponse));
        Assert.Equal(["get:brandX:812345678901", "all:brandX:user_get_card"], handled.Entries);
        Assert.Equal(1, source.AskedFor("brandX"));
    }

    [Fact]
    public async Task A_handler_added_through_a_builder_and_at_the_service_level_runs_once_for_registered_and_sourced_accounts()
    {
        const string HomeAppId = WeChatTestHosts.AppId;
        IWeChatDispatcherFactory? dispatchers = null;
        await using var receiver = await StartReceiverAsync(() => dispatchers!);
        await using var brand = await StartBrandEmulatorAsync(AppId, new Uri(receiver.BaseAddress, "wechat/events/brandX"));
        await using var home = await StartBrandEmulatorAsync(HomeAppId, new Uri(receiver.BaseAddress, "wechat/events/home"));
        var source = new InMemoryRegistrationSource<WeChatCardsOptions>();
        source.Put("brandX", o => ConfigureAccount(o, AppId, brand));
        var handled = new HandledEntries();
        var services = new ServiceCollection();
        services.AddSingleton(handled);
        services.AddMemberCards()
            .AddWeChatCards("home").Configure(o => ConfigureAccount(o, HomeAppId, home))
            .AddHandler<WeChatUserGetCardEvent, GetCardHandler>()
            .Parent
            .AddWeChatCardsHandler<WeChatUserGetCardEvent, GetCardHandler>()
            .AddWeChatCardsSource(source);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        dispatchers = provider.GetRequiredService<IWeChatDispatcherFactory>();

        var toBrand = await brand.PushEventAsync(AppId, "user_get_card", "openid-sourced", [("CardId", "pCardId0001"), ("UserCardCode", "812345678901")]);
        var toHome = await home.PushEventAsync(HomeAppId, "user_get_card", "openid-registered", [("CardId", "pCardId0002"), ("UserCardCode", "812345678902")]);

        // One handler per push, whichever way it was added, and each told its account.
        Assert.Equal((200, 200), (toBrand.CallbackStatus, toHome.CallbackStatus));
        Assert.Equal(["get:brandX:812345678901", "get:home:812345678902"], handled.Entries);
        Assert.Equal(0, source.AskedFor("home"));
    }

    private static void ConfigureAccount(WeChatCardsOptions options, string appId, WeChatEmulator emulator)
    {
        options.AppId = appId;
        options.AppSecret = Secret;
        options.PushToken = WeChatTestHosts.PushToken;
        options.EncodingAesKey = WeChatTestHosts.EncodingAesKey;
        options.BaseAddress = emulator.BaseAddress;
    }

    /// <summary>An emulator of one account that pushes in safe mode to <paramref name="callback"/>.</summary>
    private static Task<WeChatEmulator> StartBrandEmulatorAsync(string appId, Uri callback)
        => WeChatTestHosts.StartEmulatorAsync(configure: o =>
        {
            o.Apps[appId] = Secret;
            o.EncryptPushes = true;
            o.CallbackUrl = callback;
        });

    /// <summary>The host's event endpoint on a loopback server: the account's name is the last path segment, its dispatcher comes from the factory.</summary>
    private static Task<EmulatorHost> StartReceiverAsync(Func<IWeChatDispatcherFactory> dispatchers)
        => EmulatorHost.StartAsync(app => app.MapPost("/wechat/events/{registration}", async (HttpContext context, string registration) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            var result = await dispatchers().Create(registration).DispatchAsync(WeChatPushQuery.Parse(context.Request.QueryString.Value), body.ToArray());
            await context.Response.WriteAsync(result.Reply);
        }));

    internal sealed class GetCardHandler(HandledEntries handled) : IWeChatMessageHandler<WeChatUserGetCardEvent>
    {
        public Task HandleAsync(WeChatUserGetCardEvent message, WeChatMessageContext context, CancellationToken cancellationToken)
        {
            handled.Add($"get:{context.RegistrationName}:{message.UserCardCode}");
            return Task.CompletedTask;
        }
    }

    internal sealed class EveryEventHandler(HandledEntries handled) : IWeChatMessageHandler<WeChatEvent>
    {
        public Task HandleAsync(WeChatEvent message, WeChatMessageContext context, CancellationToken cancellationToken)
        {
            handled.Add($"all:{context.RegistrationName}:{message.EventName}");
            return Task.CompletedTask;
        }
    }
}
