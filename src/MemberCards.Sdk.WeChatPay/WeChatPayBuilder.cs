using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// One WeChat Pay merchant registration (default or named), returned by <c>AddWeChatPay(...)</c>: its options,
/// its HTTP pipeline, the service's notification handlers (which serve every merchant) and your own Refit interfaces over the same pipeline.
/// </summary>
public sealed class WeChatPayBuilder : MemberCardsHttpServiceBuilder<WeChatPayBuilder, WeChatPayOptions>
{
    internal WeChatPayBuilder(IMemberCardsBuilder parent, string name, IHttpClientBuilder httpClient)
        : base(parent, WeChatPayConstants.ServiceName, name, [httpClient])
    {
        HttpClientName = httpClient.Name;
    }

    /// <summary>The name of the registration's <see cref="HttpClient"/> in <see cref="IHttpClientFactory"/>.</summary>
    public string HttpClientName { get; }

    /// <inheritdoc />
    public override WeChatPayBuilder Bind(IConfiguration section)
        // Children found by setting name: binding one name does not read the keys of every other name (issue 23).
        => Bind(section, static (options, configuration) => options.Bind(MemberCardsBindingSection.For<WeChatPayOptions>(configuration)));

    /// <summary>
    /// Tunes the GET retries with the standard Microsoft.Extensions.Http.Resilience retry options (their defaults
    /// come from <see cref="WeChatPayOptions.MaxRetries"/> and <see cref="WeChatPayOptions.RetryDelay"/>). Whatever
    /// they say, POST, PATCH and DELETE are never retried, and every retry is counted in <c>membercards.request.retries</c>.
    /// </summary>
    /// <param name="configure">Sets the retry options.</param>
    /// <returns>This builder.</returns>
    public WeChatPayBuilder ConfigureRetry(Action<HttpRetryStrategyOptions> configure) => ConfigureRetries(configure);

    /// <summary>
    /// Registers a scoped notification handler. Handlers are the service's, not this merchant's: one added here runs
    /// for every WeChat Pay merchant of the host, registered or given by a source, exactly as
    /// <see cref="WeChatPayBuilderExtensions.AddWeChatPayHandler{TMessage, THandler}(IMemberCardsBuilder)"/> (which this
    /// calls) registers it; <see cref="MessageContext.RegistrationName"/> says which merchant a notification is for.
    /// Idempotent: the same pair registered twice, through any builder or the service-level method, runs once.
    /// <typeparamref name="TMessage"/> is a concrete event (<see cref="WeChatPayUserCardEvent"/>,
    /// <see cref="WeChatPayPointExchangeCouponEvent"/>, <see cref="WeChatPaySyncUserPointEvent"/>,
    /// <see cref="WeChatPayUnknownEvent"/>), <see cref="WeChatPayEvent"/> for every typed notification, or
    /// <see cref="object"/> for every message; see <see cref="IWeChatPayMessageHandler{TMessage}"/> for the order.
    /// </summary>
    /// <typeparam name="TMessage">A WeChat Pay event type, or <see cref="object"/> for every message.</typeparam>
    /// <typeparam name="THandler">The handler.</typeparam>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="TMessage"/> is not a WeChat Pay message type.</exception>
    public WeChatPayBuilder AddHandler<TMessage, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>()
        where TMessage : class
        where THandler : class, IWeChatPayMessageHandler<TMessage>
    {
        Parent.AddWeChatPayHandler<TMessage, THandler>();
        return this;
    }

    /// <summary>
    /// Registers your own Refit interface over this merchant's pipeline (signing, verification, retries, error
    /// mapping, telemetry): resolve it from DI (keyed by the registration name for a named merchant) or create it
    /// with <see cref="IWeChatPayClientFactory.CreateApi{TApi}(string)"/>.
    /// </summary>
    /// <typeparam name="TApi">The Refit interface (implemented by Refit's build-time generator in your project).</typeparam>
    /// <param name="jsonTypeInfoResolver">The source-generated JSON context of your models, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public WeChatPayBuilder AddApi<TApi>(IJsonTypeInfoResolver? jsonTypeInfoResolver = null)
        where TApi : class
    {
        OutgoingClientRegistry.AddApi(Services, WeChatPayConstants.ServiceName, Name, WeChatPayRefit.For(jsonTypeInfoResolver), static (sp, name) => sp.GetRequiredService<IWeChatPayClientFactory>().CreateApi<TApi>(name));
        return this;
    }
}
