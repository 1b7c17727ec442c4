using System.Diagnostics.CodeAnalysis;
using MemberCards.Sdk.WeChatPay;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MemberCards.Sdk;

/// <summary>Adds WeChat Pay merchants (brand member cards and their notifications) to <see cref="IMemberCardsBuilder"/>.</summary>
public static class WeChatPayBuilderExtensions
{
    private static readonly MemberCardsServiceRegistration<WeChatPayOptions, WeChatPayOptionsValidator> Registration = new()
    {
        Service = WeChatPayConstants.ServiceName,

        // The services every merchant shares.
        AddShared = static services =>
        {
            services.TryAddSingleton<WeChatPayMerchantRegistry>();
            services.TryAddSingleton<IWeChatPayClientFactory, WeChatPayClientFactory>();
            services.TryAddSingleton<IWeChatPayDispatcherFactory, WeChatPayDispatcherFactory>();
        },
        AddDefault = static services =>
        {
            services.TryAddTransient(sp => sp.GetRequiredService<IWeChatPayClientFactory>().Create(string.Empty));
            services.TryAddTransient(sp => sp.GetRequiredService<IWeChatPayDispatcherFactory>().Create(string.Empty));
        },
        SourcedClientsOf = static name => [WeChatPayHttpClient.Of(name)],
        Forget = static (sp, name, _, removed) => sp.GetRequiredService<WeChatPayMerchantRegistry>().Remove(name, removed),
    };

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
        => Registration.Add(builder, name, n => new WeChatPayBuilder(builder, n, MemberCardsOutgoing.AddClient(builder.Services, WeChatPayHttpClient.Of(n))));

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
    /// Registers a scoped notification handler for every WeChat Pay merchant of the host: the default one, the named
    /// ones and those a source gives (<see cref="AddWeChatPaySource{TSource}(IMemberCardsBuilder, Action{MemberCardsSourceOptions})"/>),
    /// so a host whose merchants all come from a source needs no <c>AddWeChatPay(name)</c> to add handlers.
    /// <see cref="WeChatPayMessageContext"/>'s <see cref="MessageContext.RegistrationName"/> says which merchant a
    /// notification is for. It is what <see cref="WeChatPayBuilder.AddHandler{TMessage, THandler}"/> does, and the
    /// same pair registered twice, here or through any builder, runs once.
    /// <typeparamref name="TMessage"/> is a concrete event (<see cref="WeChatPayUserCardEvent"/>,
    /// <see cref="WeChatPayPointExchangeCouponEvent"/>, <see cref="WeChatPaySyncUserPointEvent"/>,
    /// <see cref="WeChatPayUnknownEvent"/>), <see cref="WeChatPayEvent"/> for every typed notification, or
    /// <see cref="object"/> for every message; see <see cref="IWeChatPayMessageHandler{TMessage}"/> for the order.
    /// </summary>
    /// <typeparam name="TMessage">A WeChat Pay event type, or <see cref="object"/> for every message.</typeparam>
    /// <typeparam name="THandler">The handler.</typeparam>
    /// <param name="builder">The MemberCards builder.</param>
    /// <returns>The MemberCards builder.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="TMessage"/> is not a WeChat Pay message type.</exception>
    public static IMemberCardsBuilder AddWeChatPayHandler<TMessage, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(this IMemberCardsBuilder builder)
        where TMessage : class
        where THandler : class, IWeChatPayMessageHandler<TMessage>
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!typeof(WeChatPayEvent).IsAssignableFrom(typeof(TMessage)) && typeof(TMessage) != typeof(object))
        {
            throw new ArgumentException($"WeChat Pay sends {nameof(WeChatPayEvent)} messages only: register handlers of {nameof(WeChatPayEvent)} or a type derived from it ({nameof(WeChatPayUserCardEvent)}, {nameof(WeChatPayPointExchangeCouponEvent)}, {nameof(WeChatPaySyncUserPointEvent)}, {nameof(WeChatPayUnknownEvent)}), or of object for every message (not {typeof(TMessage).FullName}).", nameof(TMessage));
        }

        InboundHandlerRegistration.Add<WeChatPayMessageContext, TMessage, IWeChatPayMessageHandler<TMessage>, THandler>(builder.Services);
        return builder;
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
        => Registration.AddSource<TSource>(builder, configure);

    /// <summary>Adds a source of merchants given as an instance; see <see cref="AddWeChatPaySource{TSource}(IMemberCardsBuilder, Action{MemberCardsSourceOptions})"/>.</summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="source">The source.</param>
    /// <param name="configure">Sets how long answers are cached, or <see langword="null"/> for the defaults.</param>
    /// <returns>The MemberCards builder.</returns>
    /// <exception cref="InvalidOperationException">WeChat Pay has a source already.</exception>
    public static IMemberCardsBuilder AddWeChatPaySource(this IMemberCardsBuilder builder, IMemberCardsRegistrationSource<WeChatPayOptions> source, Action<MemberCardsSourceOptions>? configure = null)
        => Registration.AddSource(builder, source, configure);
}
