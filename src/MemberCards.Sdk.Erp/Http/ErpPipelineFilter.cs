using Microsoft.Extensions.Http;

namespace MemberCards.Sdk.Erp;

/// <summary>
/// Puts the shared last step (<see cref="MemberCardsPipelineHandler"/>: telemetry, transport failures, ERP error
/// mapping, 5xx on a write is outcome-unknown) innermost in the HttpClient of every registered ERP, after every
/// handler the host added (its authentication), whichever way the host added them.
/// </summary>
internal sealed class ErpPipelineFilter(MemberCardsRegistrations registrations, ErpErrorMapper mapper) : IHttpMessageHandlerBuilderFilter
{
    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return builder =>
        {
            next(builder);
            if (ErpPointsOptions.RegistrationNameOf(builder.Name) is { } name && registrations.Contains(ErpConstants.Service, name))
            {
                builder.AdditionalHandlers.Add(new MemberCardsPipelineHandler(ErpConstants.Service, name, mapper));
            }
        };
    }
}
