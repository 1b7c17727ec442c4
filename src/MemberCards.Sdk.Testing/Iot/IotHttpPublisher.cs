using System.Net.Http.Headers;

namespace MemberCards.Sdk.Testing.Iot;

/// <summary>
/// Publishes IoT messages to an HTTP endpoint, the way an MQTT-to-HTTP bridge (or the platform's HTTP
/// forwarding) would: <c>POST</c> of the payload bytes exactly as built, with the topic in a header.
/// For integration tests of a host's receiving endpoint.
/// </summary>
/// <param name="httpClient">The client to send with (not disposed by the publisher).</param>
public sealed class IotHttpPublisher(HttpClient httpClient)
{
    /// <summary>The header carrying the MQTT topic.</summary>
    public const string TopicHeader = "X-Iot-Topic";

    /// <summary>Posts one message.</summary>
    /// <param name="endpoint">The receiving URL.</param>
    /// <param name="topic">The topic, such as <see cref="IotSamples.Topic"/>.</param>
    /// <param name="payload">The payload bytes, sent unchanged.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The status code the endpoint answered with.</returns>
    public async Task<HttpStatusCode> PublishAsync(Uri endpoint, string topic, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(topic);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new ReadOnlyMemoryContent(payload),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.TryAddWithoutValidation(TopicHeader, topic);
        using var response = await httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return response.StatusCode;
    }

    /// <summary>Posts one message built by <paramref name="message"/>.</summary>
    /// <param name="endpoint">The receiving URL.</param>
    /// <param name="topic">The topic.</param>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The status code the endpoint answered with.</returns>
    public Task<HttpStatusCode> PublishAsync(Uri endpoint, string topic, IotMessageBuilder message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        return PublishAsync(endpoint, topic, message.ToBytes(), cancellationToken);
    }
}
