using Microsoft.Extensions.Http;

namespace MemberCards.Sdk;

/// <summary>
/// Puts the shared last step (<see cref="MemberCardsPipelineHandler"/>) innermost in every SDK client, after every
/// handler the host added (its authentication, its logging), whichever way the host added them.
/// </summary>
/// <param name="registry">The SDK's clients.</param>
internal sealed class MemberCardsPipelineFilter(OutgoingClientRegistry registry) : IHttpMessageHandlerBuilderFilter
{
    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return builder =>
        {
            next(builder);
            if (registry.LastStepOf(builder.Name) is { } last)
            {
                builder.AdditionalHandlers.Add(last);
            }
        };
    }
}
