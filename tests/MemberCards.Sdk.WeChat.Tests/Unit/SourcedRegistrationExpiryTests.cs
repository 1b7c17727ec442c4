using MemberCards.Sdk.TestSources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MemberCards.Sdk.WeChat.Tests.Unit;

/// <summary>The SDK's cache of a registration source's answers: kept until they expire, then read again (issue 23).</summary>
public sealed class SourcedRegistrationExpiryTests
{
    private static ServiceProvider Build(InMemoryRegistrationSource<WeChatCardsOptions> source, FakeTimeProvider time)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddMemberCards().AddWeChatCardsSource(source, o =>
        {
            o.CacheDuration = TimeSpan.FromMinutes(5);
            o.UnknownCacheDuration = TimeSpan.FromSeconds(20);
        });
        return services.BuildServiceProvider(validateScopes: true);
    }

    private static void Account(WeChatCardsOptions options, string appId)
    {
        options.AppId = appId;
        options.AppSecret = "secret-of-a-sourced-account-00001";
        options.BaseAddress = new Uri("http://127.0.0.1:9/");
    }

    [Fact]
    public void Options_are_read_once_until_they_expire_then_read_again_and_used()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
        var source = new InMemoryRegistrationSource<WeChatCardsOptions>();
        source.Put("brand", o => Account(o, "wx000000000000aaaa"));
        using var provider = Build(source, time);
        var factory = provider.GetRequiredService<IWeChatClientFactory>();

        factory.Create("brand");
        Assert.Equal("wx000000000000aaaa", factory.GetAccessTokenProvider("brand").AppId);
        time.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromTicks(1));
        factory.Create("brand");
        Assert.Equal(1, source.AskedFor("brand"));

        // The store changed without an invalidation: the change applies once the answer expired.
        source.Put("brand", o => Account(o, "wx000000000000bbbb"));
        time.Advance(TimeSpan.FromTicks(1));
        factory.Create("brand");
        Assert.Equal(2, source.AskedFor("brand"));
        Assert.Equal("wx000000000000bbbb", factory.GetAccessTokenProvider("brand").AppId);
        Assert.Equal("wx000000000000bbbb", provider.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<WeChatCardsOptions>>().Get("brand").AppId);
    }

    [Fact]
    public void An_unknown_name_is_answered_from_the_cache_until_its_shorter_expiry_or_an_invalidation()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
        var source = new InMemoryRegistrationSource<WeChatCardsOptions>();
        using var provider = Build(source, time);
        var factory = provider.GetRequiredService<IWeChatClientFactory>();

        Assert.Throws<InvalidOperationException>(() => factory.Create("late"));
        Assert.Throws<InvalidOperationException>(() => factory.Create("late"));
        Assert.Equal(1, source.AskedFor("late"));

        time.Advance(TimeSpan.FromSeconds(20));
        Assert.Throws<InvalidOperationException>(() => factory.Create("late"));
        Assert.Equal(2, source.AskedFor("late"));

        source.Put("late", o => Account(o, "wx000000000000cccc"));
        provider.GetRequiredService<IMemberCardsRegistrationCache<WeChatCardsOptions>>().Invalidate("late");
        factory.Create("late");
        Assert.Equal(3, source.AskedFor("late"));
    }

    [Fact]
    public void Invalid_options_from_the_source_name_the_account_and_the_setting_and_are_not_cached()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
        var source = new InMemoryRegistrationSource<WeChatCardsOptions>();
        source.Put("broken", o =>
        {
            Account(o, "wx000000000000dddd");
            o.AppSecret = string.Empty;
        });
        using var provider = Build(source, time);
        var factory = provider.GetRequiredService<IWeChatClientFactory>();

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => factory.Create("broken"));
        Assert.Contains("MemberCards:WeChat(broken):AppSecret", error.Message, StringComparison.Ordinal);
        Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => factory.Create("broken"));
        Assert.Equal(2, source.AskedFor("broken"));
    }
}
