using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MemberCards.Sdk.WeChat;

namespace MemberCards.Sdk;

/// <summary>Adds WeChat Official Account registrations to the MemberCards builder.</summary>
public static class WeChatCardsBuilderExtensions
{
    private static readonly MemberCardsServiceRegistration<WeChatCardsOptions, WeChatCardsOptionsValidator> Registration = new()
    {
        Service = WeChatConstants.ServiceName,

        // The services every account shares.
        AddShared = static services =>
        {
            services.TryAddSingleton<WeChatClientFactory>();
            services.TryAddSingleton<IWeChatClientFactory>(sp => sp.GetRequiredService<WeChatClientFactory>());
            services.TryAddSingleton<WeChatDispatcherFactory>();
            services.TryAddSingleton<IWeChatDispatcherFactory>(sp => sp.GetRequiredService<WeChatDispatcherFactory>());
            services.TryAddSingleton(sp => new WeChatJsSdkSigner(sp.GetRequiredService<TimeProvider>()));
        },
        AddDefault = static services =>
        {
            services.TryAddTransient<IWeChatCardClient>(sp => sp.GetRequiredService<IWeChatClientFactory>().Create(string.Empty));
            services.TryAddSingleton<IWeChatAccessTokenProvider>(sp => sp.GetRequiredService<IWeChatClientFactory>().GetAccessTokenProvider(string.Empty));
            services.TryAddSingleton<IWeChatTicketProvider>(sp => sp.GetRequiredService<IWeChatClientFactory>().GetTicketProvider(string.Empty));
            services.TryAddTransient<IWeChatDispatcher>(sp => sp.GetRequiredService<IWeChatDispatcherFactory>().Create(string.Empty));
        },
        SourcedClientsOf = static name =>
        {
            var (api, token) = WeChatHttpPipeline.Clients(name);
            return [api, token];
        },
        Forget = static (sp, _, previous, _) => sp.GetRequiredService<WeChatClientFactory>().Forget(previous),
    };

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
        => Registration.Add(builder, name, n =>
        {
            var (api, token) = WeChatHttpPipeline.Add(builder.Services, n);
            return new WeChatCardsBuilder(builder, n, api, token);
        });

    /// <summary>Adds the default registration configured in code: <c>AddWeChatCards().Configure(configure)</c>.</summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The registration's builder.</returns>
    public static WeChatCardsBuilder AddWeChatCards(this IMemberCardsBuilder builder, Action<WeChatCardsOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return builder.AddWeChatCards(name: null).Configure(configure);
    }

    /// <summary>
    /// Registers a scoped handler of the event pushes of every WeChat Official Account of the host: the default one, the
    /// named ones and those a source gives (<see cref="AddWeChatCardsSource{TSource}(IMemberCardsBuilder, Action{MemberCardsSourceOptions})"/>),
    /// so a host whose accounts all come from a source needs no <c>AddWeChatCards(name)</c> to add handlers.
    /// <see cref="WeChatMessageContext"/>'s <see cref="MessageContext.RegistrationName"/> says which account a push is
    /// for. It is what <see cref="WeChatCardsBuilder.AddHandler{TEvent, THandler}"/> does, and the same pair registered
    /// twice, here or through any builder, runs once. <typeparamref name="TEvent"/> is a concrete event
    /// (<see cref="WeChatUserGetCardEvent"/>), a family (<see cref="WeChatUserCardEvent"/>, <see cref="WeChatCardEvent"/>)
    /// or <see cref="WeChatEvent"/> for every event.
    /// </summary>
    /// <typeparam name="TEvent">The event type handled.</typeparam>
    /// <typeparam name="THandler">The handler.</typeparam>
    /// <param name="builder">The MemberCards builder.</param>
    /// <returns>The MemberCards builder.</returns>
    public static IMemberCardsBuilder AddWeChatCardsHandler<TEvent, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(this IMemberCardsBuilder builder)
        where TEvent : WeChatEvent
        where THandler : class, IWeChatMessageHandler<TEvent>
    {
        ArgumentNullException.ThrowIfNull(builder);
        InboundHandlerRegistration.Add<WeChatMessageContext, TEvent, IWeChatMessageHandler<TEvent>, THandler>(builder.Services);
        return builder;
    }

    /// <summary>
    /// Adds a source of Official Accounts (AppId and secret from the ISV's database, Redis, configuration) that
    /// <see cref="IWeChatClientFactory"/> and <see cref="IWeChatDispatcherFactory"/> ask for a name not registered with
    /// <c>AddWeChatCards(name)</c>, so an account is added, rotated (a new AppSecret) and removed while the host runs.
    /// What it fills is validated like a registered account's options, cached for
    /// <see cref="MemberCardsSourceOptions.CacheDuration"/>, and dropped at once by
    /// <see cref="IMemberCardsRegistrationCache{TOptions}"/> (resolve <c>IMemberCardsRegistrationCache&lt;WeChatCardsOptions&gt;</c>).
    /// A sourced account has the same two clients as a registered one (access_token and its one renewal, errcode
    /// mapping, GET retries, telemetry) over the same shared connection pool, and its token is shared through the
    /// distributed cache by AppId; it has no <c>ConfigureHttpClient</c> or <c>AddApi</c> of its own.
    /// </summary>
    /// <typeparam name="TSource">The source, a singleton resolved from DI.</typeparam>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="configure">Sets how long answers are cached, or <see langword="null"/> for the defaults.</param>
    /// <returns>The MemberCards builder.</returns>
    /// <exception cref="InvalidOperationException">WeChat has a source already.</exception>
    public static IMemberCardsBuilder AddWeChatCardsSource<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TSource>(this IMemberCardsBuilder builder, Action<MemberCardsSourceOptions>? configure = null)
        where TSource : class, IMemberCardsRegistrationSource<WeChatCardsOptions>
        => Registration.AddSource<TSource>(builder, configure);

    /// <summary>Adds a source of Official Accounts given as an instance; see <see cref="AddWeChatCardsSource{TSource}(IMemberCardsBuilder, Action{MemberCardsSourceOptions})"/>.</summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="source">The source.</param>
    /// <param name="configure">Sets how long answers are cached, or <see langword="null"/> for the defaults.</param>
    /// <returns>The MemberCards builder.</returns>
    /// <exception cref="InvalidOperationException">WeChat has a source already.</exception>
    public static IMemberCardsBuilder AddWeChatCardsSource(this IMemberCardsBuilder builder, IMemberCardsRegistrationSource<WeChatCardsOptions> source, Action<MemberCardsSourceOptions>? configure = null)
        => Registration.AddSource(builder, source, configure);
}
