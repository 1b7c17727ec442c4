using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.Erp;

/// <summary>
/// One ERP registration (default or named), returned by <c>AddErpPoints(name?)</c>: its settings
/// (<see cref="MemberCardsServiceBuilder{TSelf, TOptions}.Configure"/>, <see cref="Bind"/>), its HttpClient
/// (<see cref="MemberCardsHttpServiceBuilder{TSelf, TOptions}.ConfigureHttpClient"/>: the host's authentication handler goes here) and the host's own Refit
/// interfaces over the same pipeline (<see cref="AddApi{TApi}"/>).
/// </summary>
public sealed class ErpPointsBuilder : MemberCardsHttpServiceBuilder<ErpPointsBuilder, ErpPointsOptions>
{
    internal ErpPointsBuilder(IMemberCardsBuilder parent, string name, IHttpClientBuilder httpClient)
        : base(parent, ErpConstants.ServiceName, name, [httpClient])
    {
    }

    /// <inheritdoc />
    public override ErpPointsBuilder Bind(IConfiguration section)
        => Bind(section, static (options, configuration) => options.Bind(configuration));

    /// <summary>
    /// Adds the host's own Refit interface for an ERP endpoint the SDK does not model, over this ERP's pipeline
    /// (its base address, the host's handlers, the ERP error mapping and telemetry). Get it with
    /// <see cref="IErpPointsClientFactory.CreateApi{TApi}"/>, or resolve <typeparamref name="TApi"/> (the default ERP)
    /// or the keyed <typeparamref name="TApi"/> under this registration's name. Declare the interface in a project
    /// that references the <c>Refit</c> package, so its client is generated at build time.
    /// </summary>
    /// <typeparam name="TApi">The Refit interface.</typeparam>
    /// <param name="jsonTypeInfoResolver">
    /// The JSON metadata of the interface's own request and response types (usually the host's source-generated
    /// <c>JsonSerializerContext</c>); the SDK's JSON conventions apply. <see langword="null"/> when the interface only
    /// uses the SDK's ERP types or raw content.
    /// </param>
    /// <returns>This builder.</returns>
    public ErpPointsBuilder AddApi<TApi>(IJsonTypeInfoResolver? jsonTypeInfoResolver = null)
        where TApi : class
    {
        var resolver = jsonTypeInfoResolver is null ? (IJsonTypeInfoResolver)ErpJsonContext.Default : JsonTypeInfoResolver.Combine(jsonTypeInfoResolver, ErpJsonContext.Default);
        var settings = MemberCardsRefit.CreateSettings(ErpConstants.ServiceName, MemberCardsJson.CreateOptions(resolver), utf8Answers: false);
        OutgoingClientRegistry.AddApi(Services, ErpConstants.ServiceName, Name, settings, static (sp, name) => sp.GetRequiredService<IErpPointsClientFactory>().CreateApi<TApi>(name));
        return this;
    }
}
