using System.Reflection;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// Refit's JSON content serializer with one shortcut: an answer the verification handler already read whole
/// (<see cref="BufferedBodyContent"/>) is deserialized straight from those verified bytes, synchronously, without
/// a stream or an asynchronous reader. Everything else goes to the wrapped serializer.
/// </summary>
internal sealed class WeChatPayContentSerializer(IHttpContentSerializer inner, JsonSerializerOptions json) : IHttpContentSerializer
{
    public HttpContent ToHttpContent<T>(T item) => inner.ToHttpContent(item);

    public Task<T?> FromHttpContentAsync<T>(HttpContent content, CancellationToken cancellationToken = default)
    {
        if (content is not BufferedBodyContent buffered)
        {
            return inner.FromHttpContentAsync<T>(content, cancellationToken);
        }

        try
        {
            return Task.FromResult(buffered.Body.Length == 0 ? default : (T?)JsonSerializer.Deserialize(buffered.Body, json.GetTypeInfo(typeof(T))));
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            return Task.FromException<T?>(ex);
        }
    }

    public string? GetFieldNameForProperty(PropertyInfo propertyInfo) => inner.GetFieldNameForProperty(propertyInfo);
}
