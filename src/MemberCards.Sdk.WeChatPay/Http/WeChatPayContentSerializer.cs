using System.Reflection;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// Refit's JSON content serializer with one shortcut: an answer the verification handler already read whole
/// (<see cref="MemberCardsBufferedContent"/>) is deserialized straight from those verified bytes (copied once into an array
/// of the shared pool), synchronously, without an asynchronous reader. Everything else goes to the wrapped serializer.
/// </summary>
internal sealed class WeChatPayContentSerializer(IHttpContentSerializer inner, JsonSerializerOptions json) : IHttpContentSerializer
{
    public HttpContent ToHttpContent<T>(T item) => inner.ToHttpContent(item);

    public Task<T?> FromHttpContentAsync<T>(HttpContent content, CancellationToken cancellationToken = default)
    {
        if (content is not MemberCardsBufferedContent buffered)
        {
            return inner.FromHttpContentAsync<T>(content, cancellationToken);
        }

        var body = buffered.RentBody(out var length);
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
            MemberCardsBufferedContent.ReturnBody(body);
        }
    }

    public string? GetFieldNameForProperty(PropertyInfo propertyInfo) => inner.GetFieldNameForProperty(propertyInfo);
}
