using MemberCards.Sdk.Iot;

namespace MemberCards.Sdk;

/// <summary>Maps an endpoint that receives IoT messages posted over HTTP by a bridge.</summary>
public static class IotEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Mapped without settings, the endpoint would have no bridge token, and IoT messages carry no signature: this
    /// overload is kept only to say so at compile time and throws. Call
    /// <see cref="MapIotEvents(IEndpointRouteBuilder, string, Action{IotHttpEndpointOptions})"/> and set
    /// <see cref="IotHttpEndpointOptions.AccessToken"/>, or <see cref="IotHttpEndpointOptions.AllowAnonymous"/> when the
    /// route is protected otherwise.
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route, such as <c>/iot/events</c>.</param>
    /// <returns>Never returns.</returns>
    /// <exception cref="InvalidOperationException">Always: neither <see cref="IotHttpEndpointOptions.AccessToken"/> nor <see cref="IotHttpEndpointOptions.AllowAnonymous"/> is set (the message names both).</exception>
    [Obsolete("An IoT endpoint needs IotHttpEndpointOptions.AccessToken, or AllowAnonymous = true when the route is protected otherwise: call MapIotEvents(pattern, o => o.AccessToken = ...).", error: true)]
    public static IEndpointConventionBuilder MapIotEvents(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern)
        => endpoints.MapIotEvents(pattern, static _ => { });

    /// <summary>
    /// Maps <c>POST <paramref name="pattern"/></c> for an IoT configuration (<c>AddIotEvents()</c>, or the one named by
    /// <see cref="IotHttpEndpointOptions.Name"/>): the bridge's bearer token is checked first (401 otherwise), the topic is
    /// read from the <c>X-Iot-Topic</c> header or the <c>topic</c> query parameter, the payload up to
    /// <see cref="IotOptions.MaxMessageBytes"/> (413 beyond); the message is parsed, de-duplicated on <c>msgId</c> and
    /// dispatched to the <see cref="IIotMessageHandler{TEvent}"/> handlers. Answers 200 when handled, unhandled, a duplicate or
    /// ignored; 400 for a missing topic or malformed payload; 500 when a handler throws, so the bridge redelivers.
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route, such as <c>/iot/events</c>.</param>
    /// <param name="configure">
    /// Sets the endpoint options: <see cref="IotHttpEndpointOptions.AccessToken"/> (required), or
    /// <see cref="IotHttpEndpointOptions.AllowAnonymous"/> for a route protected otherwise.
    /// </param>
    /// <returns>The endpoint.</returns>
    /// <exception cref="InvalidOperationException">
    /// <see cref="IotHttpEndpointOptions.AccessToken"/> is missing, empty or white space and
    /// <see cref="IotHttpEndpointOptions.AllowAnonymous"/> is not set (the message names both settings and the pattern);
    /// or the pattern is already mapped by one of the SDK's <c>Map*</c> methods (the message names both calls).
    /// </exception>
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
        if (string.IsNullOrWhiteSpace(options.AccessToken) && !options.AllowAnonymous)
        {
            throw new InvalidOperationException(
                $"MapIotEvents(\"{pattern}\"): {nameof(IotHttpEndpointOptions)}.{nameof(IotHttpEndpointOptions.AccessToken)} is not set, and IoT messages carry no signature, "
                + "so the endpoint would accept messages from anyone. Set AccessToken to the token the bridge sends as 'Authorization: Bearer <token>' "
                + "(when it comes from configuration, check that the key exists), or set "
                + $"{nameof(IotHttpEndpointOptions)}.{nameof(IotHttpEndpointOptions.AllowAnonymous)} = true when the route is protected otherwise "
                + "(RequireAuthorization(), the network).");
        }

        endpoints.ServiceProvider.GetRequiredService<MemberCardsRegistrations>().Require(IotConstants.ServiceName, options.Name);
        EndpointPatterns.Claim(endpoints, pattern, "MapIotEvents");
        return endpoints.MapPost(pattern, new IotEventsEndpoint(options).HandleAsync);
    }
}
