using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit;

namespace MemberCards.Sdk.Erp;

/// <summary>Creates ERP clients over a fresh <see cref="HttpClient"/> from <see cref="IHttpClientFactory"/> each time.</summary>
internal sealed class ErpPointsClientFactory(
    IHttpClientFactory httpClientFactory,
    IOptionsMonitor<ErpPointsOptions> options,
    MemberCardsRegistrations registrations,
    OutgoingClientRegistry clients,
    ILoggerFactory loggerFactory) : IErpPointsClientFactory
{
    private static readonly RefitSettings Settings = MemberCardsRefit.CreateSettings(ErpConstants.ServiceName, ErpJson.SerializerOptions, utf8Answers: false);

    public IErpPointsClient Create(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        registrations.Require(ErpConstants.ServiceName, name);
        var current = options.Get(name);
        var api = RestService.ForGenerated<IErpPointsApi>(HttpClient(name, current), Settings);
        return new ErpPointsClient(api, name, loggerFactory.CreateLogger<ErpPointsClient>());
    }

    public TApi CreateApi<TApi>(string name)
        where TApi : class
    {
        ArgumentNullException.ThrowIfNull(name);
        registrations.Require(ErpConstants.ServiceName, name);
        var settings = clients.ApiSettings(ErpConstants.ServiceName, name, typeof(TApi), nameof(ErpPointsBuilderExtensions.AddErpPoints));
        return RestService.ForGenerated<TApi>(HttpClient(name, options.Get(name)), settings);
    }

    /// <summary>The ERP's HttpClient (<see cref="ErpHttpClient"/> sets its base address from the options).</summary>
    private HttpClient HttpClient(string name, ErpPointsOptions current)
    {
        _ = current.BaseAddress ?? throw new InvalidOperationException($"{MemberCardsSettingName.Of(ErpConstants.ServiceName, name, nameof(ErpPointsOptions.BaseAddress))} is not set.");
        return httpClientFactory.CreateClient(ErpPointsOptions.HttpClientName(name));
    }
}
