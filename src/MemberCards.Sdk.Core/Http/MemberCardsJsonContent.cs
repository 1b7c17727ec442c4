using System.Net.Http.Headers;
using System.Text.Json.Serialization.Metadata;

namespace MemberCards.Sdk;

/// <summary>
/// A UTF-8 JSON request body serialized whole before it is sent, whose exact bytes every step can read without copying
/// them: WeChat Pay's signing signs them, WeChat's access_token step sends them again after a renewal. The
/// <c>Content-Type</c> is set parsed (no header parse later), and the length is known, so the body is never chunked.
/// </summary>
internal sealed class MemberCardsJsonContent : ByteArrayContent
{
    /// <summary>Wraps a serialized body.</summary>
    /// <param name="body">The UTF-8 JSON bytes (kept, not copied).</param>
    /// <param name="charSet">The <c>charset</c> parameter of the <c>Content-Type</c>, or <see langword="null"/> for none.</param>
    public MemberCardsJsonContent(byte[] body, string? charSet)
        : base(body)
    {
        Body = body;
        Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = charSet };
    }

    /// <summary>The bytes sent.</summary>
    public byte[] Body { get; }

    /// <summary>
    /// Serializes a request body whole. A value the serializer refuses (an enum value without a wire name, say) is a
    /// <see cref="MemberCardsValidationException"/> naming the type and the JSON path, never a raw serializer exception,
    /// and nothing is sent.
    /// </summary>
    /// <typeparam name="T">The request type (for the message).</typeparam>
    /// <param name="value">The request.</param>
    /// <param name="typeInfo">Its JSON metadata.</param>
    /// <param name="charSet">The <c>charset</c> parameter of the <c>Content-Type</c>, or <see langword="null"/> for none.</param>
    /// <returns>The content.</returns>
    /// <exception cref="MemberCardsValidationException">The serializer refused the value.</exception>
    public static MemberCardsJsonContent Of<T>(T value, JsonTypeInfo typeInfo, string? charSet)
    {
        try
        {
            return new MemberCardsJsonContent(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo), charSet);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            var path = (ex as JsonException)?.Path;
            throw new MemberCardsValidationException($"The {typeof(T).Name} cannot be sent{(string.IsNullOrEmpty(path) ? string.Empty : $" (at {path})")}: {ex.Message}", ex);
        }
    }
}
