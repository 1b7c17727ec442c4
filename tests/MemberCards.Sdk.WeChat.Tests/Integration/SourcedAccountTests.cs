using MemberCards.Sdk.TestSources;
using MemberCards.Sdk.WeChat.Tests.Support;
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
}
