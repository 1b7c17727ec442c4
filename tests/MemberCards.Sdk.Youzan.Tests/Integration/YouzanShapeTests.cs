using MemberCards.Sdk.Testing.Youzan;
using MemberCards.Sdk.Youzan.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Youzan.Tests.Integration;

/// <summary>The uniform inbound shape (issue 11) and issue 12 items 6, 7 and 13 for Youzan.</summary>
public sealed class YouzanShapeTests
{
    private static readonly DateTimeOffset EventTime = new(2026, 11, 22, 14, 5, 6, TimeSpan.FromHours(8));

    [Fact]
    public async Task Handlers_run_by_concrete_type_then_family_then_all_with_the_context()
    {
        await using var provider = Build(b => b.AddYouzan("brandA").Configure(Credentials)
            .AddHandler<YouzanPush, AllPushesHandler>()
            .AddHandler<YouzanEvent, FamilyHandler>()
            .AddHandler<YouzanCardEvent, ConcreteCardHandler>());
        using var youzan = new YouzanPushEmulator(YouzanSamples.ClientId, YouzanSamples.Secret) { Style = YouzanPushStyle.Cloud };
        var card = youzan.CardPush("a1", "CARD_UPDATED", EventTime);
        var other = youzan.Push("TRADE_ORDER_STATE", "WAIT_BUYER_PAY", "E2026", """{"tid":"E2026"}""", 1);
        var dispatcher = provider.GetRequiredService<IYouzanDispatcherFactory>().Create("brandA");

        var handled = await dispatcher.DispatchAsync(card.Body, card.EventSign);
        await dispatcher.DispatchAsync(other.Body, other.EventSign);

        Assert.Equal(InboundOutcome.Handled, handled.Outcome);
        Assert.Equal(3, handled.HandlerCalls);
        Assert.Equal("brandA", handled.RegistrationName);
        Assert.Equal(card.MessageId, handled.MessageId);
        var runs = provider.GetRequiredService<OrderRecorder>().Runs.ToList();
        Assert.Equal(["concrete", "family:YouzanCardEvent", "all:SCRM_CARD", "all:TRADE_ORDER_STATE"], runs.Select(r => r.Handler));
        Assert.All(runs, r => Assert.Equal("brandA", r.Registration));
        Assert.Equal(card.MessageId, runs[0].MessageId);
        Assert.Equal(card.Body.Length, runs[0].RawBytes);
    }

    [Fact]
    public async Task ParseAsync_verifies_and_reads_without_claiming_or_running_handlers()
    {
        await using var provider = Build(b => b.AddYouzan().Configure(Credentials).AddHandler<YouzanCardEvent, ConcreteCardHandler>());
        using var youzan = new YouzanPushEmulator(YouzanSamples.ClientId, YouzanSamples.Secret);
        var card = youzan.CardPush("a1", "CARD_UPDATED", EventTime);
        var dispatcher = provider.GetRequiredService<IYouzanDispatcher>();

        var parsed = await dispatcher.ParseAsync(card.Body, card.EventSign);
        var forged = dispatcher.ParseAsync(card.Body, new string('0', 32));
        var handled = await dispatcher.DispatchAsync(card.Body, card.EventSign);

        Assert.Equal(card.MessageId, parsed.MessageId);
        Assert.Equal(YouzanConstants.ScrmCardType, parsed.Type);
        await Assert.ThrowsAsync<MemberCardsSignatureException>(() => forged);
        Assert.Equal(InboundOutcome.Handled, handled.Outcome);
        Assert.Single(provider.GetRequiredService<OrderRecorder>().Runs);
    }

    [Fact]
    public async Task AddHandler_is_idempotent()
    {
        await using var provider = Build(b => b.AddYouzan().Configure(Credentials)
            .AddHandler<YouzanCardEvent, ConcreteCardHandler>()
            .AddHandler<YouzanCardEvent, ConcreteCardHandler>()
            .AddYouzan().AddHandler<YouzanCardEvent, ConcreteCardHandler>());
        using var youzan = new YouzanPushEmulator(YouzanSamples.ClientId, YouzanSamples.Secret);
        var card = youzan.CardPush("a1", "CARD_UPDATED", EventTime);

        var result = await provider.GetRequiredService<IYouzanDispatcher>().DispatchAsync(card.Body, null);

        Assert.Equal(1, result.HandlerCalls);
        Assert.Single(provider.GetRequiredService<OrderRecorder>().Runs);
    }

    [Fact]
    public async Task The_factory_refuses_an_unknown_name_at_once_naming_the_registered_ones()
    {
        await using var provider = Build(b => b.AddYouzan("brandA").Configure(Credentials));

        var ex = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IYouzanDispatcherFactory>().Create("nope"));

        Assert.StartsWith("MemberCards:Youzan(nope) is not registered (registered: 'brandA').", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_comes_back_as_a_faulted_task_never_as_a_synchronous_throw()
    {
        await using var provider = Build(b => b.AddYouzan().Configure(o =>
        {
            Credentials(o);
            o.MaxMessageBytes = 2048;
        }));
        var dispatcher = provider.GetRequiredService<IYouzanDispatcher>();
        using var youzan = new YouzanPushEmulator(YouzanSamples.ClientId, "forged-secret");
        var forged = youzan.CardPush("a1", "CARD_UPDATED", EventTime);

        Task<YouzanDispatchResult>? malformed = null, tooLarge = null, unsigned = null, wrongSign = null, nullStream = null;
        var thrown = Record.Exception(() =>
        {
            malformed = dispatcher.DispatchAsync("not json"u8.ToArray(), null);
            tooLarge = dispatcher.DispatchAsync(new byte[4096], null);
            unsigned = dispatcher.DispatchAsync("""{"type":"SCRM_CARD","msg":"%7B%7D"}"""u8.ToArray(), null);
            wrongSign = dispatcher.DispatchAsync(forged.Body, null);
            nullStream = dispatcher.DispatchAsync((Stream)null!, null);
        });

        Assert.Null(thrown);
        await Assert.ThrowsAsync<MemberCardsFormatException>(() => malformed!);
        await Assert.ThrowsAsync<MemberCardsMessageTooLargeException>(() => tooLarge!);
        Assert.Equal(SignatureFailureReason.MissingHeaders, (await Assert.ThrowsAsync<MemberCardsSignatureException>(() => unsigned!)).Reason);
        Assert.Equal(SignatureFailureReason.Mismatch, (await Assert.ThrowsAsync<MemberCardsSignatureException>(() => wrongSign!)).Reason);
        await Assert.ThrowsAsync<ArgumentNullException>(() => nullStream!);
    }

    [Fact]
    public async Task The_log_names_the_default_app_by_its_settings_not_as_an_empty_name()
    {
        await using var provider = Build(b => b.AddYouzan().Configure(Credentials), logging: true);
        using var forger = new YouzanPushEmulator(YouzanSamples.ClientId, "forged-secret");
        var forged = forger.CardPush("a1", "CARD_UPDATED", EventTime);

        await Assert.ThrowsAsync<MemberCardsSignatureException>(() => provider.GetRequiredService<IYouzanDispatcher>().DispatchAsync(forged.Body, null));

        var record = Assert.Single(provider.GetFakeLogCollector().GetSnapshot(), r => r.Id.Id == 4001);
        Assert.StartsWith("Youzan push for MemberCards:Youzan rejected", record.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("''", record.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_section_is_reported_as_an_empty_section_at_first_use()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["MemberCards:Erp:BaseAddress"] = "https://erp.example.com/" }).Build();
        var services = new ServiceCollection();
        services.AddMemberCards(configuration.GetSection("MemberCards")).AddYouzan();
        await using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IYouzanDispatcherFactory>().Create(string.Empty));

        Assert.Equal("MemberCards:Youzan is empty: the section is missing or has no settings, and none were set in code. Set MemberCards:Youzan:ClientId and MemberCards:Youzan:ClientSecret (the Youzan app that pushes to this endpoint), or call .Configure(...) / .Bind(section) on AddYouzan().", Assert.Single(ex.Failures));
    }

    private static void Credentials(YouzanOptions o)
    {
        o.ClientId = YouzanSamples.ClientId;
        o.ClientSecret = YouzanSamples.Secret;
    }

    private static ServiceProvider Build(Action<IMemberCardsBuilder> configure, bool logging = false)
    {
        var services = new ServiceCollection();
        if (logging)
        {
            services.AddLogging(b => b.AddFakeLogging().SetMinimumLevel(LogLevel.Trace));
        }

        services.AddSingleton<OrderRecorder>();
        configure(services.AddMemberCards());
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }
}
