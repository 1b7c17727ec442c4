using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MemberCards.Sdk.Core.Tests.Integration;

public sealed class AddMemberCardsTests
{
    [Fact]
    public void AddMemberCards_registers_the_shared_services()
    {
        var services = new ServiceCollection();
        var builder = services.AddMemberCards();
        Assert.Same(services, builder.Services);
        Assert.Null(builder.Configuration);
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
        Assert.IsType<InMemoryMessageDeduplicationStore>(provider.GetRequiredService<IMessageDeduplicationStore>());
        Assert.NotNull(provider.GetRequiredService<IDistributedCache>());
        Assert.NotNull(provider.GetRequiredService<IHttpClientFactory>());
        Assert.NotNull(provider.GetRequiredService<ILoggerFactory>());
    }

    [Fact]
    public void AddMemberCards_keeps_a_time_provider_and_store_the_host_registered_first()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var store = new RecordingStore();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IMessageDeduplicationStore>(store);
        services.AddMemberCards();
        using var provider = services.BuildServiceProvider();
        Assert.Same(clock, provider.GetRequiredService<TimeProvider>());
        Assert.Same(store, provider.GetRequiredService<IMessageDeduplicationStore>());
    }

    [Fact]
    public void Calling_AddMemberCards_twice_registers_the_store_once()
    {
        var services = new ServiceCollection();
        services.AddMemberCards();
        services.AddMemberCards();
        Assert.Single(services, d => d.ServiceType == typeof(IMessageDeduplicationStore));
        Assert.Single(services, d => d.ServiceType == typeof(TimeProvider));
    }

    [Fact]
    public void AddMemberCards_argument_checks()
    {
        Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddMemberCards());
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddMemberCards(null!));
    }

    [Fact]
    public void GetServiceSection_returns_the_sub_section_only_when_present()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MemberCards:Sample:Endpoint"] = "http://127.0.0.1:1/",
        }).Build();
        var builder = new ServiceCollection().AddMemberCards(configuration.GetSection("MemberCards"));
        Assert.Equal("http://127.0.0.1:1/", builder.GetServiceSection("Sample")!["Endpoint"]);
        Assert.Null(builder.GetServiceSection("WeChatPay"));
        Assert.Null(new ServiceCollection().AddMemberCards().GetServiceSection("Sample"));
    }

    [Fact]
    public void Named_options_bind_from_configuration_and_validate()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MemberCards:Sample:Endpoint"] = "http://127.0.0.1:1/",
            ["MemberCards:Sample:Secret"] = "s3cr3t-value",
        }).Build();
        var services = new ServiceCollection();
        var builder = services.AddMemberCards(configuration.GetSection("MemberCards"));
        builder.AddMemberCardsOptions<SampleOptions, SampleOptionsValidator>("brand-a").Bind(builder.GetServiceSection("Sample")!);
        builder.AddMemberCardsOptions<SampleOptions, SampleOptionsValidator>("brand-b").Configure(o => o.Endpoint = "http://127.0.0.1:2/");
        using var provider = services.BuildServiceProvider();
        var monitor = provider.GetRequiredService<IOptionsMonitor<SampleOptions>>();
        Assert.Equal("http://127.0.0.1:1/", monitor.Get("brand-a").Endpoint);
        Assert.Equal("s3cr3t-value", monitor.Get("brand-a").Secret);
        var ex = Assert.Throws<OptionsValidationException>(() => monitor.Get("brand-b"));
        Assert.Contains("MemberCards:Sample:Secret is required", ex.Message, StringComparison.Ordinal);
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<SampleOptions>) && d.ImplementationType == typeof(SampleOptionsValidator));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<SampleOptions>) && d.ImplementationType == typeof(MemberCardsConflictValidator<SampleOptions>));
    }

    [Fact]
    public void Invalid_options_fail_at_first_use_not_when_the_host_starts()
    {
        var services = new ServiceCollection();
        services.AddMemberCards().AddMemberCardsOptions<SampleOptions, SampleOptionsValidator>(Options.DefaultName).Configure(o => o.Endpoint = "not a url");
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SampleOptions>>().Value);
        Assert.Contains("MemberCards:Sample:Endpoint must be an absolute http(s) URL", ex.Message, StringComparison.Ordinal);
        Assert.Contains("MemberCards:Sample:Secret is required", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_options_fail_when_the_host_starts_with_ValidateAllOnStart()
    {
        var services = new ServiceCollection();
        services.AddMemberCards().ValidateAllOnStart().AddMemberCardsOptions<SampleOptions, SampleOptionsValidator>(Options.DefaultName).Configure(o => o.Endpoint = "not a url");
        using var provider = services.BuildServiceProvider();
        var validator = provider.GetRequiredService<IStartupValidator>();
        var ex = Assert.Throws<OptionsValidationException>(validator.Validate);
        Assert.Equal(typeof(SampleOptions), ex.OptionsType);
        Assert.Contains("MemberCards:Sample:Endpoint must be an absolute http(s) URL", ex.Message, StringComparison.Ordinal);
        Assert.Contains("MemberCards:Sample:Secret is required", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateAllOnStart_reports_every_invalid_name_and_only_them()
    {
        var services = new ServiceCollection();
        var builder = services.AddMemberCards().ValidateAllOnStart();
        builder.AddMemberCardsOptions<SampleOptions, SampleOptionsValidator>("good").Configure(o =>
        {
            o.Endpoint = "http://127.0.0.1:1/";
            o.Secret = "s3cr3t-value";
        });
        builder.AddMemberCardsOptions<SampleOptions, SampleOptionsValidator>("bad-a").Configure(o => o.Endpoint = "http://127.0.0.1:1/");
        builder.AddMemberCardsOptions<SampleOptions, SampleOptionsValidator>("bad-b").Configure(o => o.Endpoint = "http://127.0.0.1:1/");
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<AggregateException>(provider.GetRequiredService<IStartupValidator>().Validate);

        Assert.Equal(["bad-a", "bad-b"], ex.InnerExceptions.Cast<OptionsValidationException>().Select(e => e.OptionsName));
    }

    [Fact]
    public void The_start_validation_setting_of_the_MemberCards_section_is_read_and_a_wrong_value_names_it()
    {
        static IServiceProvider Build(string value)
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["MemberCards:StartValidation"] = value }).Build();
            var services = new ServiceCollection();
            services.AddMemberCards(configuration.GetSection("MemberCards")).AddMemberCardsOptions<SampleOptions, SampleOptionsValidator>("bad").Configure(o => o.Endpoint = "http://127.0.0.1:1/");
            return services.BuildServiceProvider();
        }

        Assert.Equal("bad", Assert.Throws<OptionsValidationException>(Build("failfast").GetRequiredService<IStartupValidator>().Validate).OptionsName);
        Build("FirstUse").GetRequiredService<IStartupValidator>().Validate();
        var wrong = Assert.Throws<OptionsValidationException>(Build("2").GetRequiredService<IStartupValidator>().Validate);
        Assert.Equal("MemberCards:StartValidation ('2') must be FirstUse, WarmUp or FailFast.", Assert.Single(wrong.Failures));
    }

    [Fact]
    public void Start_checks_once_per_collection_however_many_names_are_registered()
    {
        // What ValidateOnStart adds configures the host's (internal) StartupValidatorOptions: as many with 100 names as with 1.
        static int StartChecks(int names)
        {
            var services = new ServiceCollection();
            var builder = services.AddMemberCards();
            for (var i = 0; i < names; i++)
            {
                builder.AddMemberCardsOptions<SampleOptions, SampleOptionsValidator>($"brand-{i}").Configure(o => o.Endpoint = "http://127.0.0.1:1/");
            }

            services.AddMemberCards();
            using var provider = services.BuildServiceProvider();
            provider.GetRequiredService<IStartupValidator>().Validate();
            return services.Count(d => d.ServiceType.IsConstructedGenericType && d.ServiceType.GenericTypeArguments[0].Name == "StartupValidatorOptions");
        }

        Assert.Equal(StartChecks(1), StartChecks(100));
        Assert.InRange(StartChecks(1), 1, 3);
    }

    [Fact]
    public void Valid_options_pass_start_validation_and_ToString_redacts_the_secret()
    {
        var services = new ServiceCollection();
        services.AddMemberCards().AddMemberCardsOptions<SampleOptions, SampleOptionsValidator>(Options.DefaultName).Configure(o =>
        {
            o.Endpoint = "http://127.0.0.1:1/";
            o.Secret = "s3cr3t-value";
        });
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        var text = provider.GetRequiredService<IOptions<SampleOptions>>().Value.ToString();
        Assert.Equal("SampleOptions { Endpoint = http://127.0.0.1:1/, Secret = *** }", text);
    }

    [Fact]
    public void AddMemberCardsOptions_argument_checks()
    {
        Assert.Throws<ArgumentNullException>(() => ((IMemberCardsBuilder)null!).AddMemberCardsOptions<SampleOptions, SampleOptionsValidator>("x"));
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddMemberCards().AddMemberCardsOptions<SampleOptions, SampleOptionsValidator>(null!));
        Assert.Throws<ArgumentNullException>(() => ((IMemberCardsBuilder)null!).GetServiceSection("x"));
    }

    private sealed class RecordingStore : IMessageDeduplicationStore
    {
        public ValueTask<MessageClaim> TryClaimAsync(string key, TimeSpan processingTimeout, CancellationToken cancellationToken = default)
            => ValueTask.FromResult(new MessageClaim(key, MessageClaimStatus.Claimed, "owner"));

        public ValueTask CompleteAsync(MessageClaim claim, TimeSpan retention, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask ReleaseAsync(MessageClaim claim, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
    }
}
