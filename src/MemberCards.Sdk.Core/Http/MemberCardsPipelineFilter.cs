using Microsoft.Extensions.Http;

namespace MemberCards.Sdk;

/// <summary>
/// Completes every SDK client's handler chain after the host's configuration ran: puts the shared last step
/// (<see cref="MemberCardsPipelineHandler"/>) innermost, after every handler the host added (its authentication, its
/// logging), whichever way the host added them; and, when no configuration read or set the primary handler, makes the
/// primary handler the service's shared connection pool (<see cref="MemberCardsConnectionPools"/>).
/// </summary>
/// <param name="registry">The SDK's clients.</param>
/// <param name="pools">The shared connection pools.</param>
internal sealed class MemberCardsPipelineFilter(OutgoingClientRegistry registry, MemberCardsConnectionPools pools) : IHttpMessageHandlerBuilderFilter
{
    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return builder =>
        {
            if (registry.LastStepOf(builder.Name) is not { } last)
            {
                next(builder);
                return;
            }

            var probe = new MemberCardsPrimaryHandlerProbe(builder);
            next(probe);
            if (!probe.Touched)
            {
                builder.PrimaryHandler = pools.PrimaryHandlerFor(last.Service);
            }

            builder.AdditionalHandlers.Add(last);
        };
    }
}
