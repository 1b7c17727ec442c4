using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Erp;

/// <summary>Creates ERP clients over a fresh <see cref="HttpClient"/> from <see cref="IHttpClientFactory"/> each time.</summary>
internal sealed class ErpPointsClientFactory(
    IHttpClientFactory httpClientFactory,
    IOptionsMonitor<ErpPointsOptions> options,
    ErpPointsRegistry registry,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory) : IErpPointsClientFactory
{
    public IErpPointsClient Create(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!registry.Contains(name))
        {
            throw new ArgumentException($"No ERP is registered as '{name}'; register it with AddErpPoints(\"{name}\", ...).", nameof(name));
        }

        return new ErpPointsClient(
            httpClientFactory.CreateClient(ErpPointsOptions.HttpClientName(name)),
            options.Get(name),
            timeProvider,
            loggerFactory.CreateLogger<ErpPointsClient>());
    }
}
