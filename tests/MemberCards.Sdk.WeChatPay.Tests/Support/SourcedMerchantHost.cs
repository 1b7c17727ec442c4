using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.TestSources;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChatPay.Tests.Support;

/// <summary>
/// A host whose WeChat Pay merchants all come from an in-memory registration source, over an emulator that holds the
/// sample user card: what the runtime-onboarding tests start from. Put merchants in <see cref="Source"/> as a test needs them.
/// </summary>
internal sealed class SourcedMerchantHost : IAsyncDisposable
{
    private SourcedMerchantHost(WeChatPayEmulator emulator, InMemoryRegistrationSource<WeChatPayOptions> source, ServiceProvider provider)
    {
        Emulator = emulator;
        Source = source;
        Provider = provider;
    }

    public WeChatPayEmulator Emulator { get; }

    public InMemoryRegistrationSource<WeChatPayOptions> Source { get; }

    public ServiceProvider Provider { get; }

    public IWeChatPayClientFactory Clients => Provider.GetRequiredService<IWeChatPayClientFactory>();

    public IWeChatPayDispatcherFactory Dispatchers => Provider.GetRequiredService<IWeChatPayDispatcherFactory>();

    public IMemberCardsRegistrationCache<WeChatPayOptions> Cache => Provider.GetRequiredService<IMemberCardsRegistrationCache<WeChatPayOptions>>();

    public static async Task<SourcedMerchantHost> StartAsync()
    {
        var emulator = await WeChatPayEmulator.StartAsync(TestKeys.Options());
        emulator.PutUserCard(WeChatPayEmulator.SampleUserCard());
        var source = new InMemoryRegistrationSource<WeChatPayOptions>();
        var services = new ServiceCollection();
        services.AddMemberCards().AddWeChatPaySource(source);
        return new SourcedMerchantHost(emulator, source, services.BuildServiceProvider(validateScopes: true));
    }

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}
