using System.Text.Unicode;
using System.Text.Json.Serialization.Metadata;
using MemberCards.Sdk.Serialization;

namespace MemberCards.Sdk.Iot;

/// <summary>Reads <see cref="IotMessage"/> from raw bytes: size cap first, then source-generated JSON.</summary>
internal static class IotMessageReader
{
    internal const string Service = IotConstants.ServiceName;

    private static readonly JsonTypeInfo<IotMessage> MessageInfo = (JsonTypeInfo<IotMessage>)IotJson.SerializerOptions.GetTypeInfo(typeof(IotMessage));

    internal static IotMessage Read(ReadOnlySpan<byte> payload, int maxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        if (payload.Length > maxBytes)
        {
            throw new MemberCardsMessageTooLargeException(Service, maxBytes, payload.Length);
        }

        if (payload.IsEmpty)
        {
            throw new MemberCardsFormatException(Service, nameof(IotMessage), null, "The payload is empty.");
        }

        // JSON is UTF-8 by definition; checking it once here (vectorised) means no string read later can fail to transcode.
        if (!Utf8.IsValid(payload))
        {
            throw new MemberCardsFormatException(Service, nameof(IotMessage), null, "The payload is not valid UTF-8.");
        }

        return MemberCardsJson.Deserialize(payload, MessageInfo, Service);
    }

    /// <summary>
    /// Best effort, for logging a message that failed to parse: the top-level <c>msgId</c> as text, or <see langword="null"/>
    /// when the payload is not JSON far enough to reach it. Reads nothing else (no personal field is ever returned).
    /// </summary>
    internal static string? TryReadMessageId(ReadOnlySpan<byte> payload)
    {
        try
        {
            var reader = new Utf8JsonReader(payload, new JsonReaderOptions { MaxDepth = 64 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isId = reader.ValueTextEquals("msgId"u8);
                if (!reader.Read())
                {
                    return null;
                }

                if (isId)
                {
                    return reader.TokenType switch
                    {
                        JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan),
                        JsonTokenType.String => Truncate(reader.GetString()),
                        _ => null,
                    };
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
        }
        catch (InvalidOperationException)
        {
        }

        return null;
    }

    private static string? Truncate(string? id) => id is { Length: > 128 } ? id[..128] + "..." : id;
}
