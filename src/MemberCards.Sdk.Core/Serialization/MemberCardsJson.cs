using System.Text.Json.Serialization.Metadata;

namespace MemberCards.Sdk.Serialization;

/// <summary>
/// The JSON conventions every MemberCards client follows: source-generated metadata, nulls omitted
/// (required <c>false</c> and <c>0</c> kept), and Chinese text (including characters outside the BMP) written as UTF-8, never as <c>\uXXXX</c>
/// (WeChat rejects escaped text with errcode 40033).
/// </summary>
public static class MemberCardsJson
{
    /// <summary>
    /// Creates serializer options over a source-generated resolver with the SDK's conventions. When the resolver is a
    /// <see cref="JsonSerializerContext"/>, the naming policy and converters its <see cref="JsonSourceGenerationOptionsAttribute"/>
    /// declares are kept, so a service states its wire conventions once, on its context, not on every property.
    /// </summary>
    /// <param name="resolver">The assembly's <see cref="JsonSerializerContext"/> (or any resolver).</param>
    /// <returns>Frozen options, ready to share.</returns>
    public static JsonSerializerOptions CreateOptions(IJsonTypeInfoResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = resolver,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = MinimalJsonEncoder.Instance,
            NumberHandling = JsonNumberHandling.Strict,
            MaxDepth = 64,
        };
        if (resolver is JsonSerializerContext { Options: { } declared })
        {
            options.PropertyNamingPolicy = declared.PropertyNamingPolicy;
            foreach (var converter in declared.Converters)
            {
                options.Converters.Add(converter);
            }
        }

        options.MakeReadOnly();
        return options;
    }

    /// <summary>
    /// Deserializes a remote body; any malformed input surfaces as <see cref="MemberCardsFormatException"/>
    /// naming the service, the expected type and the JSON path, never as a raw <see cref="JsonException"/>.
    /// </summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="utf8Json">The body exactly as received.</param>
    /// <param name="typeInfo">The source-generated metadata of <typeparamref name="T"/>.</param>
    /// <param name="service">The service the body came from, for the message.</param>
    /// <returns>The model.</returns>
    /// <exception cref="MemberCardsFormatException">The body is not JSON of the expected shape, or is <c>null</c>.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo, string service)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        try
        {
            return JsonSerializer.Deserialize(utf8Json, typeInfo)
                ?? throw new MemberCardsFormatException(service, typeof(T).Name, "$", "The body is JSON null.");
        }
        catch (JsonException ex)
        {
            throw new MemberCardsFormatException(service, typeof(T).Name, ex.Path ?? "$", ex.Message, ex);
        }
        catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException or FormatException or OverflowException or ArgumentException)
        {
            throw new MemberCardsFormatException(service, typeof(T).Name, "$", ex.Message, ex);
        }
    }
}
