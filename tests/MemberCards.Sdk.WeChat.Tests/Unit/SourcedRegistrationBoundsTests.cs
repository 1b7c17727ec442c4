using MemberCards.Sdk.TestSources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MemberCards.Sdk.WeChat.Tests.Unit;

/// <summary>
/// What a name the registration source does not know can cost, now that a <c>{registration}</c> route lets any caller
/// choose it (issue 23): the "unknown" answers are capped and the oldest forgotten first, a known account is never pushed
/// out, and a name that cannot be a sourced name never reaches the source. Seen from outside: the source's questions.
/// </summary>
public sealed class SourcedRegistrationBoundsTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    private static ServiceProvider Build(InMemoryRegistrationSource<WeChatCardsOptions> source, FakeTimeProvider time, Action<MemberCardsSourceOptions>? configure = null, Action<IMemberCardsBuilder>? register = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        var builder = services.AddMemberCards();
        register?.Invoke(builder);
        builder.AddWeChatCardsSource(source, o =>
        {
            o.UnknownCacheDuration = TimeSpan.FromSeconds(30);
            configure?.Invoke(o);
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
    public void Unknown_names_beyond_the_cap_are_forgotten_oldest_first_so_only_the_newest_are_answered_without_the_source()
    {
        var time = new FakeTimeProvider(Start);
        var source = new InMemoryRegistrationSource<WeChatCardsOptions>();
        using var provider = Build(source, time, o => o.MaxUnknownNames = 100);
        var factory = provider.GetRequiredService<IWeChatClientFactory>();

        for (var i = 0; i < 2_000; i++)
        {
            Assert.Throws<InvalidOperationException>(() => factory.Create($"scan-{i}"));
        }

        // Newest first (asking an old name again would push out the oldest held one): the newest 100 answers were
        // still held, the 1,900 older ones had been forgotten and are asked again.
        for (var i = 1_999; i >= 0; i--)
        {
            Assert.Throws<InvalidOperationException>(() => factory.Create($"scan-{i}"));
        }

        Assert.Equal(4_000 - 100, source.Asked.Count);
        Assert.All(Enumerable.Range(0, 1_900), i => Assert.Equal(2, source.AskedFor($"scan-{i}")));
        Assert.All(Enumerable.Range(1_900, 100), i => Assert.Equal(1, source.AskedFor($"scan-{i}")));
    }

    [Fact]
    public void A_known_account_is_never_pushed_out_by_unknown_names()
    {
        var time = new FakeTimeProvider(Start);
        var source = new InMemoryRegistrationSource<WeChatCardsOptions>();
        source.Put("brand", o => Account(o, "wx000000000000aaaa"));
        using var provider = Build(source, time, o => o.MaxUnknownNames = 10);
        var factory = provider.GetRequiredService<IWeChatClientFactory>();
        var tokens = factory.GetAccessTokenProvider("brand");

        for (var i = 0; i < 1_000; i++)
        {
            Assert.Throws<InvalidOperationException>(() => factory.Create($"scan-{i}"));
        }

        factory.Create("brand");
        Assert.Same(tokens, factory.GetAccessTokenProvider("brand"));
        Assert.Equal(1, source.AskedFor("brand"));
    }

    [Theory]
    [InlineData("brand a")]
    [InlineData("brand/a")]
    [InlineData("brand:a")]
    [InlineData("brand%41")]
    [InlineData("brand\na")]
    [InlineData("品牌")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void A_name_that_cannot_be_a_sourced_name_is_refused_with_the_rule_and_the_source_is_never_asked(string name)
    {
        var time = new FakeTimeProvider(Start);
        var source = new InMemoryRegistrationSource<WeChatCardsOptions>();
        source.Put(name, o => Account(o, "wx000000000000bbbb"));
        using var provider = Build(source, time);
        var factory = provider.GetRequiredService<IWeChatClientFactory>();

        var error = Assert.Throws<InvalidOperationException>(() => factory.Create(name));
        Assert.Throws<InvalidOperationException>(() => factory.GetAccessTokenProvider(name));

        Assert.Empty(source.Asked);
        Assert.StartsWith("MemberCards:WeChat(", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(") is not registered, and its registration source is not asked for it: a sourced name is at most 64 characters (MemberCardsSourceOptions.MaxNameLength) of ASCII letters, digits, '-', '.', '_' and '~'. Register it with the WeChat package's Add method, or give it a name that fits.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_longest_name_and_every_allowed_character_are_asked_of_the_source_and_a_longer_limit_admits_longer_names()
    {
        var time = new FakeTimeProvider(Start);
        var source = new InMemoryRegistrationSource<WeChatCardsOptions>();
        var longest = new string('x', 60) + "-._~";
        var longer = new string('y', 100);
        source.Put(longest, o => Account(o, "wx000000000000cccc"));
        source.Put("AZaz09", o => Account(o, "wx000000000000dddd"));
        source.Put(longer, o => Account(o, "wx000000000000eeee"));
        using (var provider = Build(source, time))
        {
            var factory = provider.GetRequiredService<IWeChatClientFactory>();
            factory.Create(longest);
            factory.Create("AZaz09");
            Assert.Throws<InvalidOperationException>(() => factory.Create(longer));
        }

        using (var provider = Build(source, time, o => o.MaxNameLength = 100))
        {
            provider.GetRequiredService<IWeChatClientFactory>().Create(longer);
        }

        Assert.Equal([longest, "AZaz09", longer], source.Asked);
    }

    [Fact]
    public void A_registered_name_outside_the_rule_is_served_as_before_and_never_asked_of_the_source()
    {
        var time = new FakeTimeProvider(Start);
        var source = new InMemoryRegistrationSource<WeChatCardsOptions>();
        const string Registered = "东区 brand A (2026)";
        using var provider = Build(source, time, register: b => b.AddWeChatCards(Registered).Configure(o => Account(o, "wx000000000000ffff")));

        Assert.Equal("wx000000000000ffff", provider.GetRequiredService<IWeChatClientFactory>().GetAccessTokenProvider(Registered).AppId);
        Assert.Empty(source.Asked);
    }

    [Fact]
    public void A_valid_unknown_name_still_asks_the_source_once_per_UnknownCacheDuration()
    {
        var time = new FakeTimeProvider(Start);
        var source = new InMemoryRegistrationSource<WeChatCardsOptions>();
        using var provider = Build(source, time);
        var factory = provider.GetRequiredService<IWeChatClientFactory>();

        for (var i = 0; i < 3; i++)
        {
            Assert.Throws<InvalidOperationException>(() => factory.Create("late"));
            time.Advance(TimeSpan.FromSeconds(10) - TimeSpan.FromTicks(1));
        }

        Assert.Equal(1, source.AskedFor("late"));
        time.Advance(TimeSpan.FromTicks(3));
        Assert.Throws<InvalidOperationException>(() => factory.Create("late"));
        Assert.Equal(2, source.AskedFor("late"));
    }

    [Theory]
    [InlineData(0, 64, "MaxUnknownNames must be at least 1 (default 10000).")]
    [InlineData(10, 0, "MaxNameLength must be at least 1 (default 64).")]
    public void Settings_that_bound_nothing_fail_naming_the_setting(int maxUnknownNames, int maxNameLength, string failure)
    {
        var time = new FakeTimeProvider(Start);
        var source = new InMemoryRegistrationSource<WeChatCardsOptions>();
        using var provider = Build(source, time, o =>
        {
            o.MaxUnknownNames = maxUnknownNames;
            o.MaxNameLength = maxNameLength;
        });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IWeChatClientFactory>().Create("brand"));

        Assert.Equal("MemberCards:WeChat registration source: " + failure, Assert.Single(error.Failures));
        Assert.Empty(source.Asked);
    }
}
