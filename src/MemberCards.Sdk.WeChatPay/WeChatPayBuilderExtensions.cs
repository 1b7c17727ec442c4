using System.Diagnostics.CodeAnalysis;
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

        AddFactories(builder);
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

    /// <summary>
    /// Adds a source of merchants (the ISV's database, Redis, configuration) that <see cref="IWeChatPayClientFactory"/>
    /// and <see cref="IWeChatPayDispatcherFactory"/> ask for a name not registered with <c>AddWeChatPay(name)</c>, so a
    /// brand is added, rotated and removed while the host runs. What it fills is validated like a registered merchant's
    /// options, cached for <see cref="MemberCardsSourceOptions.CacheDuration"/>, and dropped at once by
    /// <see cref="IMemberCardsRegistrationCache{TOptions}"/> (resolve <c>IMemberCardsRegistrationCache&lt;WeChatPayOptions&gt;</c>).
    /// A sourced merchant has the same pipeline as a registered one (signing, verification, GET retries, error mapping,
    /// telemetry) over the same shared connection pool; it has no <c>ConfigureHttpClient</c> or <c>AddApi</c> of its own.
    /// </summary>
    /// <typeparam name="TSource">The source, a singleton resolved from DI.</typeparam>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="configure">Sets how long answers are cached, or <see langword="null"/> for the defaults.</param>
    /// <returns>The MemberCards builder.</returns>
    /// <exception cref="InvalidOperationException">WeChat Pay has a source already.</exception>
    public static IMemberCardsBuilder AddWeChatPaySource<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TSource>(this IMemberCardsBuilder builder, Action<MemberCardsSourceOptions>? configure = null)
        where TSource : class, IMemberCardsRegistrationSource<WeChatPayOptions>
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<TSource>();
        return AddSource(builder, static sp => sp.GetRequiredService<TSource>(), configure);
    }

    /// <summary>Adds a source of merchants given as an instance; see <see cref="AddWeChatPaySource{TSource}(IMemberCardsBuilder, Action{MemberCardsSourceOptions})"/>.</summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="source">The source.</param>
    /// <param name="configure">Sets how long answers are cached, or <see langword="null"/> for the defaults.</param>
    /// <returns>The MemberCards builder.</returns>
    /// <exception cref="InvalidOperationException">WeChat Pay has a source already.</exception>
    public static IMemberCardsBuilder AddWeChatPaySource(this IMemberCardsBuilder builder, IMemberCardsRegistrationSource<WeChatPayOptions> source, Action<MemberCardsSourceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(source);
        return AddSource(builder, _ => source, configure);
    }

    private static IMemberCardsBuilder AddSource(IMemberCardsBuilder builder, Func<IServiceProvider, IMemberCardsRegistrationSource<WeChatPayOptions>> source, Action<MemberCardsSourceOptions>? configure)
    {
        builder.AddMemberCardsValidators<WeChatPayOptions, WeChatPayOptionsValidator>();
        AddFactories(builder);
        MemberCardsSourceRegistration.Add(
            builder,
            WeChatPayConstants.ServiceName,
            source,
            static name => [WeChatPayHttpClient.Of(name)],
            static (sp, name, _) => sp.GetRequiredService<WeChatPayMerchantRegistry>().Remove(name),
            configure);
        return builder;
    }

    /// <summary>The services every merchant shares, added once per service collection.</summary>
    private static void AddFactories(IMemberCardsBuilder builder)
    {
        if (builder.Registrations.FirstTime(typeof(WeChatPayBuilderExtensions)))
        {
            var services = builder.Services;
            services.TryAddSingleton<WeChatPayMerchantRegistry>();
            services.TryAddSingleton<IWeChatPayClientFactory, WeChatPayClientFactory>();
            services.TryAddSingleton<IWeChatPayDispatcherFactory, WeChatPayDispatcherFactory>();
        }
    }
}
