using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit;

namespace MemberCards.Sdk.Erp;

/// <summary>Creates ERP clients over a fresh <see cref="HttpClient"/> from <see cref="IHttpClientFactory"/> each time.</summary>
internal sealed class ErpPointsClientFactory(
    IHttpClientFactory httpClientFactory,
    IOptionsMonitor<ErpPointsOptions> options,
    MemberCardsRegistrations registrations,
    ErpApiRegistry apis,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory) : IErpPointsClientFactory
{
    private static readonly RefitSettings Settings = MemberCardsRefit.CreateSettings(ErpConstants.Service, ErpJson.Options);

    public IErpPointsClient Create(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        registrations.Require(ErpConstants.Service, name);
        var current = options.Get(name);
        var api = RestService.ForGenerated<IErpPointsApi>(HttpClient(name, current), Settings);
        return new ErpPointsClient(api, name, current, timeProvider, loggerFactory.CreateLogger<ErpPointsClient>());
    }

    public TApi CreateApi<TApi>(string name)
        where TApi : class
    {
        ArgumentNullException.ThrowIfNull(name);
        registrations.Require(ErpConstants.Service, name);
        var settings = apis.Require(name, typeof(TApi));
        return RestService.ForGenerated<TApi>(HttpClient(name, options.Get(name)), settings);
    }

    /// <summary>
    /// The ERP's HttpClient with its base address; the path keeps no trailing slash, so Refit's relative paths
    /// (<c>/user/memberPoints</c>) append to it (<c>https://erp.example.com/api</c> + <c>/user/memberPoints</c>).
    /// </summary>
    private HttpClient HttpClient(string name, ErpPointsOptions current)
    {
        var address = current.BaseAddress ?? throw new InvalidOperationException($"{MemberCardsSettingName.Of(ErpConstants.Service, name, nameof(ErpPointsOptions.BaseAddress))} is not set.");
        var client = httpClientFactory.CreateClient(ErpPointsOptions.HttpClientName(name));
        var text = address.AbsoluteUri;
        client.BaseAddress = new Uri(text.EndsWith('/') ? text[..^1] : text);
        return client;
    }
}
