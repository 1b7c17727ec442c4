using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MemberCards.Sdk.WeChat;

namespace MemberCards.Sdk;

/// <summary>Adds WeChat Official Account registrations to the MemberCards builder.</summary>
public static class WeChatCardsBuilderExtensions
{
    /// <summary>
    /// Adds (or returns again) the registration <paramref name="name"/> of the WeChat card client: the default one
    /// when <paramref name="name"/> is <see langword="null"/> or empty, bound from the <c>WeChat</c> sub-section of
    /// <c>AddMemberCards(configuration)</c> when there is one; a named one (one per AppId in a multi-account host)
    /// otherwise. Set its options with <c>.Configure(o =&gt; ...)</c> or <c>.Bind(section)</c>; they are validated at start.
    /// </summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="name">The registration name, used with <see cref="IWeChatClientFactory"/> and <see cref="IWeChatDispatcherFactory"/>.</param>
    /// <returns>The registration's builder.</returns>
    public static WeChatCardsBuilder AddWeChatCards(this IMemberCardsBuilder builder, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        name ??= string.Empty;
        var services = builder.Services;
        var added = builder.Registrations.Add(WeChatConstants.ServiceName, name);
        if (builder.Registrations.FirstTime(typeof(WeChatCardsBuilderExtensions)))
        {
            services.TryAddSingleton<WeChatClientFactory>();
            services.TryAddSingleton<IWeChatClientFactory>(sp => sp.GetRequiredService<WeChatClientFactory>());
            services.TryAddSingleton<WeChatDispatcherFactory>();
            services.TryAddSingleton<IWeChatDispatcherFactory>(sp => sp.GetRequiredService<WeChatDispatcherFactory>());
            services.TryAddSingleton(sp => new WeChatJsSdkSigner(sp.GetRequiredService<TimeProvider>()));
        }

        if (name.Length == 0)
        {
            services.TryAddTransient<IWeChatCardClient>(sp => sp.GetRequiredService<IWeChatClientFactory>().Create(string.Empty));
            services.TryAddSingleton<IWeChatAccessTokenProvider>(sp => sp.GetRequiredService<IWeChatClientFactory>().GetAccessTokenProvider(string.Empty));
            services.TryAddSingleton<IWeChatTicketProvider>(sp => sp.GetRequiredService<IWeChatClientFactory>().GetTicketProvider(string.Empty));
            services.TryAddTransient<IWeChatDispatcher>(sp => sp.GetRequiredService<IWeChatDispatcherFactory>().Create(string.Empty));
        }

        var (api, token) = WeChatHttpPipeline.Add(services, name);
        builder.AddMemberCardsOptions<WeChatCardsOptions, WeChatCardsOptionsValidator>(name);
        var registration = new WeChatCardsBuilder(builder, name, api, token);
        if (added && name.Length == 0 && builder.GetServiceSection(WeChatConstants.ServiceName) is { } section)
        {
            registration.Bind(section);
        }

        return registration;
    }

    /// <summary>Adds the default registration configured in code: <c>AddWeChatCards().Configure(configure)</c>.</summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The registration's builder.</returns>
    public static WeChatCardsBuilder AddWeChatCards(this IMemberCardsBuilder builder, Action<WeChatCardsOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return builder.AddWeChatCards(name: null).Configure(configure);
    }
}
