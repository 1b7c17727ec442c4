using MemberCards.Sdk.WeChatPay;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk;

/// <summary>Adds the WeChat Pay brand member-card client to <see cref="IMemberCardsBuilder"/>.</summary>
public static class WeChatPayBuilderExtensions
{
    /// <summary>Adds the default merchant, bound from the <c>WeChatPay</c> sub-section given to <c>AddMemberCards(configuration)</c>.</summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder AddWeChatPay(this IMemberCardsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.GetServiceSection("WeChatPay");
        return AddCore(builder, Options.DefaultName, o =>
        {
            if (section is not null)
            {
                o.Bind(section);
            }
        });
    }

    /// <summary>Adds the default merchant, configured in code.</summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder AddWeChatPay(this IMemberCardsBuilder builder, Action<WeChatPayOptions> configure)
        => AddWeChatPay(builder, Options.DefaultName, configure);

    /// <summary>Adds the default merchant, bound from a configuration section.</summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="section">The section (keys as in <see cref="WeChatPayOptions"/>).</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder AddWeChatPay(this IMemberCardsBuilder builder, IConfiguration section)
        => AddWeChatPay(builder, Options.DefaultName, section);

    /// <summary>Adds a named merchant, configured in code; reach it through <see cref="IWeChatPayClientFactory"/>.</summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="name">The merchant's name.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder AddWeChatPay(this IMemberCardsBuilder builder, string name, Action<WeChatPayOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(configure);
        return AddCore(builder, name, o => o.Configure(configure));
    }

    /// <summary>Adds a named merchant, bound from a configuration section; reach it through <see cref="IWeChatPayClientFactory"/>.</summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="name">The merchant's name.</param>
    /// <param name="section">The section.</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder AddWeChatPay(this IMemberCardsBuilder builder, string name, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(section);
        return AddCore(builder, name, o => o.Bind(section));
    }

    private static IMemberCardsBuilder AddCore(IMemberCardsBuilder builder, string name, Action<OptionsBuilder<WeChatPayOptions>> configure)
    {
        var services = builder.Services;
        configure(builder.AddMemberCardsOptions<WeChatPayOptions, WeChatPayOptionsValidator>(name));
        var names = (WeChatPayRegisteredNames?)services.FirstOrDefault(d => d.ServiceType == typeof(WeChatPayRegisteredNames))?.ImplementationInstance;
        if (names is null)
        {
            names = new WeChatPayRegisteredNames();
            services.AddSingleton(names);
        }

        if (!names.Add(name))
        {
            // Added again under the same name: the options accumulate, the pipeline exists already.
            return builder;
        }

        services.TryAddSingleton<WeChatPayMerchantRegistry>();
        services.TryAddSingleton<IWeChatPayClientFactory, WeChatPayClientFactory>();
        services.AddHttpClient(WeChatPayMerchantRegistry.HttpClientName(name), (sp, client) =>
            {
                var options = sp.GetRequiredService<IOptionsMonitor<WeChatPayOptions>>().Get(name);
                var address = options.BaseAddress.AbsoluteUri;
                client.BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
                client.Timeout = options.Timeout;
            })
            .AddHttpMessageHandler(sp => new WeChatPayRetryHandler(sp.GetRequiredService<IOptionsMonitor<WeChatPayOptions>>().Get(name), sp.GetRequiredService<TimeProvider>()))
            .AddHttpMessageHandler(sp => new WeChatPaySigningHandler(sp.GetRequiredService<WeChatPayMerchantRegistry>().Get(name), sp.GetRequiredService<TimeProvider>()))
            .AddHttpMessageHandler(sp => new WeChatPayVerificationHandler(sp.GetRequiredService<WeChatPayMerchantRegistry>().Get(name)));
        if (name.Length == 0)
        {
            services.TryAddTransient(sp => sp.GetRequiredService<IWeChatPayClientFactory>().Create(Options.DefaultName));
            services.TryAddTransient(sp => sp.GetRequiredService<IWeChatPayClientFactory>().CreateNotificationHandler(Options.DefaultName));
        }

        return builder;
    }
}
