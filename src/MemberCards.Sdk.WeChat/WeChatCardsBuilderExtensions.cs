using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MemberCards.Sdk.WeChat;

namespace MemberCards.Sdk;

/// <summary>Adds the WeChat Official Account card client to the MemberCards builder.</summary>
public static class WeChatCardsBuilderExtensions
{
    /// <summary>The configuration key of the WeChat section (<c>MemberCards:WeChat</c>).</summary>
    public const string SectionName = "WeChat";

    /// <summary>Adds the default account, bound from the <c>WeChat</c> sub-section given to <c>AddMemberCards(configuration)</c>.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder AddWeChatCards(this IMemberCardsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = AddCore(builder, Options.DefaultName);
        if (builder.GetServiceSection(SectionName) is { } section)
        {
            options.Bind(section);
        }

        return builder;
    }

    /// <summary>Adds the default account configured in code.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder AddWeChatCards(this IMemberCardsBuilder builder, Action<WeChatCardsOptions> configure)
        => builder.AddWeChatCards(Options.DefaultName, configure);

    /// <summary>Adds the default account bound from a configuration section.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="section">The section holding <c>AppId</c>, <c>AppSecret</c> ...</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder AddWeChatCards(this IMemberCardsBuilder builder, IConfiguration section)
        => builder.AddWeChatCards(Options.DefaultName, section);

    /// <summary>Adds a named account configured in code (one per AppId in multi-account hosts).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="name">The account name, used with <see cref="IWeChatClientFactory"/>.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder AddWeChatCards(this IMemberCardsBuilder builder, string name, Action<WeChatCardsOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        AddCore(builder, name).Configure(configure);
        return builder;
    }

    /// <summary>Adds a named account bound from a configuration section.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="name">The account name.</param>
    /// <param name="section">The section.</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder AddWeChatCards(this IMemberCardsBuilder builder, string name, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(section);
        AddCore(builder, name).Bind(section);
        return builder;
    }

    private static OptionsBuilder<WeChatCardsOptions> AddCore(IMemberCardsBuilder builder, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var services = builder.Services;
        var registrations = (WeChatRegistrations?)services.FirstOrDefault(d => d.ServiceType == typeof(WeChatRegistrations))?.ImplementationInstance;
        if (registrations is null)
        {
            registrations = new WeChatRegistrations();
            services.AddSingleton(registrations);
            services.TryAddSingleton<WeChatClientFactory>();
            services.TryAddSingleton<IWeChatClientFactory>(sp => sp.GetRequiredService<WeChatClientFactory>());
            services.TryAddTransient<IWeChatCardClient>(sp => sp.GetRequiredService<IWeChatClientFactory>().Create(Options.DefaultName));
            services.TryAddSingleton<IWeChatAccessTokenProvider>(sp => sp.GetRequiredService<IWeChatClientFactory>().GetAccessTokenProvider(Options.DefaultName));
            services.TryAddSingleton<IWeChatEventProcessor>(sp => sp.GetRequiredService<IWeChatClientFactory>().GetEventProcessor(Options.DefaultName));
        }

        if (registrations.Add(name))
        {
            services.AddHttpClient(WeChatRegistrations.TokenClientName(name))
                .ConfigureHttpClient((sp, http) => Configure(http, sp.GetRequiredService<IOptionsMonitor<WeChatCardsOptions>>().Get(name)));
            services.AddHttpClient(WeChatRegistrations.ApiClientName(name))
                .ConfigureHttpClient((sp, http) => Configure(http, sp.GetRequiredService<IOptionsMonitor<WeChatCardsOptions>>().Get(name)))
                .AddHttpMessageHandler(sp => new WeChatAccessTokenHandler(sp.GetRequiredService<WeChatClientFactory>().Provider(name)));
        }

        return builder.AddMemberCardsOptions<WeChatCardsOptions, WeChatCardsOptionsValidator>(name);
    }

    private static void Configure(HttpClient http, WeChatCardsOptions options)
    {
        var address = options.BaseAddress.OriginalString;
        http.BaseAddress = address.EndsWith('/') ? options.BaseAddress : new Uri(address + "/");
        http.Timeout = options.Timeout;
    }
}
