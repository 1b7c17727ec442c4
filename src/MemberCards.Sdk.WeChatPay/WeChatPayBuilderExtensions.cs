using MemberCards.Sdk.WeChatPay;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

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
        if (!builder.Registrations.Add(WeChatPayConstants.ServiceName, name))
        {
            return new WeChatPayBuilder(builder, name, MemberCardsOutgoing.AddClient(services, WeChatPayHttpClient.Of(name)));
        }

        var options = builder.AddMemberCardsOptions<WeChatPayOptions, WeChatPayOptionsValidator>(name);
        if (name.Length == 0 && builder.GetServiceSection(WeChatPayConstants.ServiceName) is { } section)
        {
            options.Bind(section);
        }

        if (builder.Registrations.FirstTime(typeof(WeChatPayBuilderExtensions)))
        {
            services.TryAddSingleton<WeChatPayMerchantRegistry>();
            services.TryAddSingleton<IWeChatPayClientFactory, WeChatPayClientFactory>();
            services.TryAddSingleton<IWeChatPayDispatcherFactory, WeChatPayDispatcherFactory>();
        }

        var http = MemberCardsOutgoing.AddClient(services, WeChatPayHttpClient.Of(name));
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
