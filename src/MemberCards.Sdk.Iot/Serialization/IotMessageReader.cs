using System.Text.Json;
using System.Text.Unicode;
using System.Text.Json.Serialization.Metadata;
using MemberCards.Sdk.Serialization;

namespace MemberCards.Sdk.Iot;

/// <summary>Reads <see cref="IotMessage"/> from raw bytes: size cap first, then source-generated JSON.</summary>
internal static class IotMessageReader
{
    internal const string Service = IotConstants.Service;

    internal static readonly JsonSerializerOptions Options = MemberCardsJson.CreateOptions(IotJsonContext.Default);

    private static readonly JsonTypeInfo<IotMessage> MessageInfo = (JsonTypeInfo<IotMessage>)Options.GetTypeInfo(typeof(IotMessage));

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
}
