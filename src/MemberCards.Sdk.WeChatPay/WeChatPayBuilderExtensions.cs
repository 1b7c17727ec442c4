using MemberCards.Sdk.WeChatPay;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk;

/// <summary>Adds WeChat Pay merchants (brand member cards and their notifications) to <see cref="IMemberCardsBuilder"/>.</summary>
public static class WeChatPayBuilderExtensions
{
    /// <summary>
    /// Adds a merchant: the default one (<paramref name="name"/> empty; it also binds the <c>WeChatPay</c>
    /// sub-section given to <c>AddMemberCards(configuration)</c> when there is one) or a named one. Set its options
    /// with <c>.Configure(...)</c> or <c>.Bind(section)</c>. Adding the same name again returns a builder of the same
    /// registration (options accumulate; one pipeline).
    /// </summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="name">The registration name; <see langword="null"/> or empty for the default merchant (resolve <see cref="IWeChatPayBrandCardClient"/>), otherwise reach it through <see cref="IWeChatPayClientFactory"/>.</param>
    /// <returns>The merchant's builder.</returns>
    public static WeChatPayBuilder AddWeChatPay(this IMemberCardsBuilder builder, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        name ??= string.Empty;
        var services = builder.Services;
        var clientName = WeChatPayMerchantRegistry.HttpClientName(name);
        if (!builder.Registrations.Add(WeChatPayConstants.ServiceName, name))
        {
            return new WeChatPayBuilder(builder, name, services.AddHttpClient(clientName));
        }

        var options = builder.AddMemberCardsOptions<WeChatPayOptions, WeChatPayOptionsValidator>(name);
        if (name.Length == 0 && builder.GetServiceSection(WeChatPayConstants.ServiceName) is { } section)
        {
            options.Bind(section);
        }

        services.AddOptions<HttpRetryStrategyOptions>(clientName)
            .Configure<IOptionsMonitor<WeChatPayOptions>>((retry, monitor) => WeChatPayResilience.ApplyDefaults(retry, monitor.Get(name)));
        services.TryAddSingleton<WeChatPayMerchantRegistry>();
        services.TryAddSingleton<IWeChatPayClientFactory, WeChatPayClientFactory>();
        services.TryAddSingleton<IWeChatPayDispatcherFactory, WeChatPayDispatcherFactory>();
        var http = services.AddHttpClient(clientName, (sp, client) =>
            {
                var current = sp.GetRequiredService<IOptionsMonitor<WeChatPayOptions>>().Get(name);
                var address = current.BaseAddress.AbsoluteUri;
                client.BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
                client.Timeout = current.Timeout;
            });
        http.AddHttpMessageHandler(() => new WeChatPayOutcomeHandler());
        http.AddResilienceHandler("retry", (pipeline, context) => WeChatPayResilience.Configure(pipeline, context, name));
        http.AddHttpMessageHandler(sp => new WeChatPaySigningHandler(sp.GetRequiredService<WeChatPayMerchantRegistry>().Get(name), sp.GetRequiredService<TimeProvider>()))
            .AddHttpMessageHandler(sp => new WeChatPayVerificationHandler(sp.GetRequiredService<WeChatPayMerchantRegistry>().Get(name)))
            .AddHttpMessageHandler(() => new MemberCardsPipelineHandler(WeChatPayConstants.ServiceName, name, WeChatPayErrorMapper.Instance));
        if (name.Length == 0)
        {
            services.TryAddTransient(sp => sp.GetRequiredService<IWeChatPayClientFactory>().Create(string.Empty));
            services.TryAddTransient(sp => sp.GetRequiredService<IWeChatPayDispatcherFactory>().Create(string.Empty));
        }

        return new WeChatPayBuilder(builder, name, http);
    }

    /// <summary>Adds the default merchant, configured in code: <c>AddWeChatPay().Configure(configure)</c>.</summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The merchant's builder.</returns>
    public static WeChatPayBuilder AddWeChatPay(this IMemberCardsBuilder builder, Action<WeChatPayOptions> configure)
        => AddWeChatPay(builder, string.Empty, configure);

    /// <summary>Adds a named merchant, configured in code: <c>AddWeChatPay(name).Configure(configure)</c>.</summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="name">The registration name (empty for the default merchant).</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The merchant's builder.</returns>
    public static WeChatPayBuilder AddWeChatPay(this IMemberCardsBuilder builder, string name, Action<WeChatPayOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return AddWeChatPay(builder, name).Configure(configure);
    }
}
