using MemberCards.Sdk.Iot;

namespace MemberCards.Sdk;

/// <summary>Maps an endpoint that receives IoT messages posted over HTTP by a bridge.</summary>
public static class IotEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST <paramref name="pattern"/></c> for the default IoT configuration (<c>AddIotEvents()</c>): the topic is
    /// read from the <c>X-Iot-Topic</c> header or the <c>topic</c> query parameter, the payload up to
    /// <see cref="IotOptions.MaxMessageBytes"/> (413 beyond); the message is parsed, de-duplicated on <c>msgId</c> and
    /// dispatched to the <see cref="IIotMessageHandler{TEvent}"/> handlers. Answers 200 when handled, unhandled, a duplicate or
    /// ignored; 400 for a missing topic or malformed payload; 500 when a handler throws, so the bridge redelivers.
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route, such as <c>/iot/events</c>.</param>
    /// <returns>The endpoint.</returns>
    /// <exception cref="InvalidOperationException">The pattern is already mapped by one of the SDK's <c>Map*</c> methods (the message names both calls).</exception>
    public static IEndpointConventionBuilder MapIotEvents(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern)
        => endpoints.MapIotEvents(pattern, static _ => { });

    /// <summary>Maps <c>POST <paramref name="pattern"/></c> with endpoint settings (named configuration, topic header, access token).</summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route.</param>
    /// <param name="configure">Sets the endpoint options.</param>
    /// <returns>The endpoint.</returns>
    /// <exception cref="InvalidOperationException">The pattern is already mapped by one of the SDK's <c>Map*</c> methods (the message names both calls).</exception>
    public static IEndpointConventionBuilder MapIotEvents(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern, Action<IotHttpEndpointOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new IotHttpEndpointOptions();
        configure(options);
        ArgumentNullException.ThrowIfNull(options.Name);
        ArgumentException.ThrowIfNullOrEmpty(options.TopicHeader);
        ArgumentException.ThrowIfNullOrEmpty(options.TopicQueryParameter);
        endpoints.ServiceProvider.GetRequiredService<MemberCardsRegistrations>().Require(IotConstants.ServiceName, options.Name);
        EndpointPatterns.Claim(endpoints, pattern, "MapIotEvents");
        return endpoints.MapPost(pattern, new IotEventsEndpoint(options).HandleAsync);
    }
}
