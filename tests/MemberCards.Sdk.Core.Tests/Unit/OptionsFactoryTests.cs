using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Core.Tests.Unit;

/// <summary>
/// The SDK's options factory (issue 23: a name's steps found through an index, not by asking every name's) builds
/// every name exactly as the standard <see cref="OptionsFactory{TOptions}"/>: the same steps, in the same order, the
/// same validation failures.
/// </summary>
public sealed class OptionsFactoryTests
{
    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("b")]
    [InlineData("unknown")]
    public void Builds_every_name_with_the_same_steps_in_the_same_order_as_the_standard_factory(string name)
    {
        var services = Steps();
        using var provider = services.BuildServiceProvider();

        var expected = new OptionsFactory<Probe>(provider.GetServices<IConfigureOptions<Probe>>(), provider.GetServices<IPostConfigureOptions<Probe>>(), provider.GetServices<IValidateOptions<Probe>>()).Create(name);
        var actual = SdkFactory(provider).Create(name);

        Assert.NotEmpty(expected.Steps);
        Assert.Equal(expected.Steps, actual.Steps);
    }

    [Fact]
    public void Applies_a_name_s_own_steps_only_to_that_name_among_thousands()
    {
        var services = new ServiceCollection();
        for (var i = 0; i < 3_000; i++)
        {
            var name = $"brand-{i}";
            services.Configure<Probe>(name, o => o.Steps.Add("own " + name));
        }

        services.ConfigureAll<Probe>(o => o.Steps.Add("all"));
        using var provider = services.BuildServiceProvider();

        Assert.Equal(["own brand-2999", "all"], SdkFactory(provider).Create("brand-2999").Steps);
        Assert.Equal(["all"], SdkFactory(provider).Create("brand-3000").Steps);
    }

    [Fact]
    public void Throws_the_same_validation_failures_as_the_standard_factory()
    {
        var services = Steps();
        services.AddOptions<Probe>("a").Validate(o => o.Steps.Count == 0, "a is never valid");
        services.AddSingleton<IValidateOptions<Probe>>(new ValidateOptions<Probe>(null, o => false, "no name is valid"));
        using var provider = services.BuildServiceProvider();

        var expected = Assert.Throws<OptionsValidationException>(() => new OptionsFactory<Probe>(provider.GetServices<IConfigureOptions<Probe>>(), provider.GetServices<IPostConfigureOptions<Probe>>(), provider.GetServices<IValidateOptions<Probe>>()).Create("a"));
        var actual = Assert.Throws<OptionsValidationException>(() => SdkFactory(provider).Create("a"));

        Assert.Equal(["a is never valid", "no name is valid"], actual.Failures);
        Assert.Equal(expected.Failures, actual.Failures);
        Assert.Equal(expected.OptionsName, actual.OptionsName);
    }

    private static ServiceCollection Steps()
    {
        var services = new ServiceCollection();
        services.Configure<Probe>("a", o => o.Steps.Add("a1"));
        services.ConfigureAll<Probe>(o => o.Steps.Add("all1"));
        services.Configure<Probe>(o => o.Steps.Add("default1"));
        services.AddOptions<Probe>("a").Configure<IServiceProvider>((o, _) => o.Steps.Add("a-with-dependency"));
        services.Configure<Probe>("b", o => o.Steps.Add("b1"));
        services.AddSingleton<IConfigureOptions<Probe>>(new UnnamedStep());
        services.Configure<Probe>("a", o => o.Steps.Add("a2"));
        services.PostConfigure<Probe>("a", o => o.Steps.Add("post a"));
        services.PostConfigureAll<Probe>(o => o.Steps.Add("post all"));
        services.PostConfigure<Probe>("b", o => o.Steps.Add("post b"));
        services.ConfigureAll<Probe>(o => o.Steps.Add("all2"));
        return services;
    }

    private static IOptionsFactory<Probe> SdkFactory(IServiceProvider provider)
    {
        var type = typeof(MemberCardsRegistrations).Assembly.GetType("MemberCards.Sdk.MemberCardsOptionsFactory`1", throwOnError: true)!.MakeGenericType(typeof(Probe));
        return (IOptionsFactory<Probe>)Activator.CreateInstance(type, provider.GetServices<IConfigureOptions<Probe>>(), provider.GetServices<IPostConfigureOptions<Probe>>(), provider.GetServices<IValidateOptions<Probe>>())!;
    }

    public sealed class Probe
    {
        public List<string> Steps { get; } = [];
    }

    private sealed class UnnamedStep : IConfigureOptions<Probe>
    {
        public void Configure(Probe options) => options.Steps.Add("unnamed (default only)");
    }
}
