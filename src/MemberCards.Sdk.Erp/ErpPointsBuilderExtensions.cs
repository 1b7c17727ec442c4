using MemberCards.Sdk.Erp;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk;

/// <summary>
/// Registers ERP points clients: <see cref="IErpPointsClient"/> for the default ERP and
/// <see cref="IErpPointsClientFactory"/> for ERPs registered by name. Add authentication (each ERP has its own)
/// as a <see cref="DelegatingHandler"/> through the <c>configureHttpClient</c> overloads, or with
/// <c>services.AddHttpClient(ErpPointsOptions.HttpClientName(name)).AddHttpMessageHandler(...)</c>. Do not add
/// retry handlers: points changes are not idempotent.
/// </summary>
public static class ErpPointsBuilderExtensions
{
    /// <summary>The configuration key of the ERP section under <c>MemberCards</c>.</summary>
    public const string SectionName = "Erp";

    /// <summary>The largest answer the client reads: 1 MiB (a member record is well under 1 KiB).</summary>
    public const int MaxAnswerBytes = 1024 * 1024;

    /// <summary>Adds the default ERP, bound to the <c>Erp</c> sub-section of the configuration given to <c>AddMemberCards(configuration)</c>.</summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder AddErpPoints(this IMemberCardsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.GetServiceSection(SectionName);
        return Add(builder, Options.DefaultName, o =>
        {
            if (section is not null)
            {
                o.Bind(section);
            }
        }, configureHttpClient: null);
    }

    /// <summary>Adds the default ERP configured in code.</summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder AddErpPoints(this IMemberCardsBuilder builder, Action<ErpPointsOptions> configure)
        => AddErpPoints(builder, configure, configureHttpClient: null!);

    /// <summary>Adds the default ERP configured in code, with handlers (authentication, logging) on its HttpClient.</summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="configure">Sets the options.</param>
    /// <param name="configureHttpClient">Adds handlers, such as <c>b =&gt; b.AddHttpMessageHandler&lt;MyErpSigningHandler&gt;()</c>.</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder AddErpPoints(this IMemberCardsBuilder builder, Action<ErpPointsOptions> configure, Action<IHttpClientBuilder> configureHttpClient)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        return Add(builder, Options.DefaultName, o => o.Configure(configure), configureHttpClient);
    }

    /// <summary>Adds the default ERP bound to a configuration section.</summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="section">The section holding <c>BaseAddress</c> and <c>Timeout</c>.</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder AddErpPoints(this IMemberCardsBuilder builder, IConfiguration section)
        => AddErpPoints(builder, section, configureHttpClient: null!);

    /// <summary>Adds the default ERP bound to a configuration section, with handlers on its HttpClient.</summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="section">The section holding <c>BaseAddress</c> and <c>Timeout</c>.</param>
    /// <param name="configureHttpClient">Adds handlers.</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder AddErpPoints(this IMemberCardsBuilder builder, IConfiguration section, Action<IHttpClientBuilder> configureHttpClient)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(section);
        return Add(builder, Options.DefaultName, o => o.Bind(section), configureHttpClient);
    }

    /// <summary>Adds a named ERP configured in code; get its client from <see cref="IErpPointsClientFactory"/>.</summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="name">The ERP's name.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder AddErpPoints(this IMemberCardsBuilder builder, string name, Action<ErpPointsOptions> configure)
        => AddErpPoints(builder, name, configure, configureHttpClient: null!);

    /// <summary>Adds a named ERP configured in code, with handlers on its HttpClient.</summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="name">The ERP's name.</param>
    /// <param name="configure">Sets the options.</param>
    /// <param name="configureHttpClient">Adds handlers.</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder AddErpPoints(this IMemberCardsBuilder builder, string name, Action<ErpPointsOptions> configure, Action<IHttpClientBuilder> configureHttpClient)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);
        return Add(builder, name, o => o.Configure(configure), configureHttpClient);
    }

    /// <summary>Adds a named ERP bound to a configuration section.</summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="name">The ERP's name.</param>
    /// <param name="section">The section holding <c>BaseAddress</c> and <c>Timeout</c>.</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder AddErpPoints(this IMemberCardsBuilder builder, string name, IConfiguration section)
        => AddErpPoints(builder, name, section, configureHttpClient: null!);

    /// <summary>Adds a named ERP bound to a configuration section, with handlers on its HttpClient.</summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="name">The ERP's name.</param>
    /// <param name="section">The section holding <c>BaseAddress</c> and <c>Timeout</c>.</param>
    /// <param name="configureHttpClient">Adds handlers.</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder AddErpPoints(this IMemberCardsBuilder builder, string name, IConfiguration section, Action<IHttpClientBuilder> configureHttpClient)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(section);
        return Add(builder, name, o => o.Bind(section), configureHttpClient);
    }

    private static IMemberCardsBuilder Add(IMemberCardsBuilder builder, string name, Action<OptionsBuilder<ErpPointsOptions>> configureOptions, Action<IHttpClientBuilder>? configureHttpClient)
    {
        var services = builder.Services;
        configureOptions(builder.AddMemberCardsOptions<ErpPointsOptions, ErpPointsOptionsValidator>(name));

        var registry = services.FirstOrDefault(d => d.ServiceType == typeof(ErpPointsRegistry))?.ImplementationInstance as ErpPointsRegistry;
        if (registry is null)
        {
            registry = new ErpPointsRegistry();
            services.AddSingleton(registry);
        }

        registry.Add(name);
        services.TryAddSingleton<IErpPointsClientFactory, ErpPointsClientFactory>();
        if (name.Length == 0)
        {
            services.TryAddTransient(sp => sp.GetRequiredService<IErpPointsClientFactory>().Create(Options.DefaultName));
        }

        // The client enforces ErpPointsOptions.Timeout itself, so the HttpClient's own 100 s limit is lifted;
        // a member record is small, so an answer over MaxAnswerBytes is refused rather than buffered.
        var http = services.AddHttpClient(ErpPointsOptions.HttpClientName(name))
            .ConfigureHttpClient(client =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.MaxResponseContentBufferSize = MaxAnswerBytes;
            });
        configureHttpClient?.Invoke(http);
        return builder;
    }
}
