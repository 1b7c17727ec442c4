using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;

namespace MemberCards.Sdk.WeChat;

/// <summary>
/// One WeChat Official Account registration (default or named), returned by <c>AddWeChatCards(name?)</c>:
/// its options (<see cref="MemberCardsServiceBuilder{TSelf, TOptions}.Configure"/>, <see cref="Bind"/>), its HTTP
/// clients (<see cref="MemberCardsHttpServiceBuilder{TSelf, TOptions}.ConfigureHttpClient"/>), the service's event-push handlers (<see cref="AddHandler{TEvent, THandler}"/>, which serve every account)
/// and your own Refit interfaces over its pipeline (<see cref="AddApi{TApi}"/>).
/// </summary>
public sealed class WeChatCardsBuilder : MemberCardsHttpServiceBuilder<WeChatCardsBuilder, WeChatCardsOptions>
{
    internal WeChatCardsBuilder(IMemberCardsBuilder parent, string name, IHttpClientBuilder api, IHttpClientBuilder token)
        : base(parent, WeChatConstants.ServiceName, name, [api, token])
    {
    }

    /// <inheritdoc />
    public override WeChatCardsBuilder Bind(IConfiguration section)
        // Children found by setting name: binding one name does not read the keys of every other name (issue 23).
        => Bind(section, static (options, configuration) => options.Bind(MemberCardsBindingSection.For<WeChatCardsOptions>(configuration)));

    /// <summary>
    /// Tunes the retries of this registration's GET requests with the standard
    /// <see cref="HttpRetryStrategyOptions"/> of Microsoft.Extensions.Http.Resilience (<c>MaxRetryAttempts</c>,
    /// <c>Delay</c>, <c>BackoffType</c>, <c>UseJitter</c>, <c>MaxDelay</c> ...; defaults 2 attempts, 200 ms, exponential,
    /// jitter; by default on 5xx, 429, network errors and attempt timeouts). Whatever <c>ShouldHandle</c> says, only
    /// GET/HEAD/OPTIONS are retried, a POST never, and every retry is counted in <c>membercards.request.retries</c>.
    /// Changes made through <c>IOptionsMonitor</c> apply without a restart.
    /// </summary>
    /// <param name="configure">Sets the retry options.</param>
    /// <returns>This builder.</returns>
    public WeChatCardsBuilder ConfigureRetry(Action<HttpRetryStrategyOptions> configure) => ConfigureRetries(configure);

    /// <summary>
    /// Registers a scoped handler of the event pushes this host receives. Handlers are the service's, not this
    /// account's: one added here runs for every Official Account of the host, registered or given by a source, exactly as
    /// <see cref="WeChatCardsBuilderExtensions.AddWeChatCardsHandler{TEvent, THandler}(IMemberCardsBuilder)"/> (which this
    /// calls) registers it; <see cref="MessageContext.RegistrationName"/> says which account a push is for.
    /// <typeparamref name="TEvent"/> is a concrete event (<see cref="WeChatUserGetCardEvent"/>), a family
    /// (<see cref="WeChatUserCardEvent"/>, <see cref="WeChatCardEvent"/>) or <see cref="WeChatEvent"/> for every event.
    /// Idempotent: the same pair registered twice, through any builder or the service-level method, runs once.
    /// </summary>
    /// <typeparam name="TEvent">The event type handled.</typeparam>
    /// <typeparam name="THandler">The handler.</typeparam>
    /// <returns>This builder.</returns>
    public WeChatCardsBuilder AddHandler<TEvent, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>()
        where TEvent : WeChatEvent
        where THandler : class, IWeChatMessageHandler<TEvent>
    {
        Parent.AddWeChatCardsHandler<TEvent, THandler>();
        return this;
    }

    /// <summary>
    /// Makes your own Refit interface (for an endpoint the SDK does not model) resolvable for this registration:
    /// the default registration's as <typeparamref name="TApi"/>, a named one's as a keyed service under its name.
    /// Its calls run over this registration's pipeline: access_token and its renewal, errcode mapping, telemetry and
    /// GET-only retries. Declare paths without <c>access_token</c>. The same client comes from
    /// <see cref="IWeChatClientFactory.CreateApi{TApi}(string)"/>.
    /// </summary>
    /// <typeparam name="TApi">A Refit interface (its client is generated at build time in your assembly).</typeparam>
    /// <param name="jsonTypeInfo">The source-generated JSON metadata of your request and response types (your <c>JsonSerializerContext</c>).</param>
    /// <returns>This builder.</returns>
    public WeChatCardsBuilder AddApi<TApi>(IJsonTypeInfoResolver? jsonTypeInfo = null)
        where TApi : class
    {
        var settings = jsonTypeInfo is null
            ? WeChatClientFactory.Settings
            : MemberCardsRefit.CreateSettings(WeChatConstants.ServiceName, WeChatJsonContext.CreateOptions(jsonTypeInfo), utf8Answers: true);
        OutgoingClientRegistry.AddApi(Services, WeChatConstants.ServiceName, Name, settings, static (sp, name) => sp.GetRequiredService<IWeChatClientFactory>().CreateApi<TApi>(name));
        return this;
    }
}
