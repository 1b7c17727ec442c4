using System.Reflection;
using Refit;

namespace MemberCards.Sdk;

/// <summary>
/// The content serializer of every MemberCards client. A request body is serialized whole (<see cref="ToHttpContent"/>).
/// An answer is read by Refit's JSON serializer, with one shortcut for a service whose
/// answers are UTF-8 by protocol (WeChat, WeChat Pay). Their answers are deserialized straight from the buffered body
/// (copied once into an array of the shared pool, <see cref="MemberCardsAnswerBody.Rent"/>), synchronously, without an
/// asynchronous reader and without parsing <c>Content-Type</c> for a charset. The pipeline has buffered those answers
/// already (WeChat Pay's verification, WeChat's errcode check), and Refit buffers every answer before it deserializes
/// it, so the buffering here completes at once. Everything else goes to the wrapped serializer.
/// </summary>
/// <param name="inner">Refit's serializer over the same options (the answers of other services).</param>
/// <param name="json">The service's serializer options.</param>
/// <param name="utf8Answers">Whether the service's answers are UTF-8 whatever their <c>Content-Type</c> says.</param>
internal sealed class MemberCardsContentSerializer(IHttpContentSerializer inner, JsonSerializerOptions json, bool utf8Answers) : IHttpContentSerializer
{
    /// <inheritdoc />
    /// <remarks>
    /// Serialized whole, synchronously, into a <see cref="MemberCardsJsonContent"/>: its length is known (the body is not
    /// chunked), and the steps that need its bytes (WeChat Pay's signing, WeChat's resend after a token renewal) read
    /// them without a copy. A value the serializer refuses is a <see cref="MemberCardsValidationException"/>, and nothing
    /// is sent.
    /// </remarks>
    public HttpContent ToHttpContent<T>(T item)
        => MemberCardsJsonContent.Of(item, json.GetTypeInfo(typeof(T)), "utf-8");

    /// <inheritdoc />
    public Task<T?> FromHttpContentAsync<T>(HttpContent content, CancellationToken cancellationToken = default)
    {
        if (!utf8Answers)
        {
            return inner.FromHttpContentAsync<T>(content, cancellationToken);
        }

        var buffering = content.LoadIntoBufferAsync(cancellationToken);
        return buffering.IsCompletedSuccessfully ? Deserialize<T>(content) : DeserializeWhenBufferedAsync<T>(buffering, content);
    }

    /// <inheritdoc />
    public string? GetFieldNameForProperty(PropertyInfo propertyInfo) => inner.GetFieldNameForProperty(propertyInfo);

    private async Task<T?> DeserializeWhenBufferedAsync<T>(Task buffering, HttpContent content)
    {
        await buffering.ConfigureAwait(false);
        return await Deserialize<T>(content).ConfigureAwait(false);
    }

    private Task<T?> Deserialize<T>(HttpContent content)
    {
        var body = MemberCardsAnswerBody.Rent(content, out var length);
        try
        {
            return Task.FromResult(length == 0 ? default : (T?)JsonSerializer.Deserialize(body.AsSpan(0, length), json.GetTypeInfo(typeof(T))));
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            return Task.FromException<T?>(ex);
        }
        finally
        {
            MemberCardsAnswerBody.Return(body);
        }
    }
}
