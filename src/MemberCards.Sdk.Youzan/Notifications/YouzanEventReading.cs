using System.Text.Json.Serialization.Metadata;

namespace MemberCards.Sdk.Youzan;

/// <summary>What the typed events share: decoding <c>msg</c> into a wire model, and reading its event time.</summary>
internal static class YouzanEventReading
{
    public static T ReadMessage<T>(YouzanPush push, JsonTypeInfo<T> typeInfo)
    {
        var buffer = YouzanMessageDecoding.DecodeToPooled(push, out var length);
        try
        {
            return MemberCardsJson.Deserialize(buffer.AsSpan(0, length), typeInfo, YouzanConstants.ServiceName);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static DateTimeOffset? ReadEventTime(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return ChinaStandardTimeConverter.TryParse(text, out var value)
            ? value
            : throw new MemberCardsFormatException(YouzanConstants.ServiceName, "Youzan msg", "msg.event_time", "expected yyyy-MM-dd HH:mm:ss (China Standard Time).");
    }

    public static void CheckType(YouzanPush push, string expected)
    {
        ArgumentNullException.ThrowIfNull(push);
        if (!string.Equals(push.Type, expected, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The push is of type {push.Type ?? "(none)"}, not {expected}.", nameof(push));
        }
    }

    public static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    /// <summary>
    /// The event's key (card_alias, card_no) from the signed <c>msg</c>; the envelope's <c>id</c>, which carries the same
    /// key, only fills in for a message without it when the envelope is signed too (<c>Event-Sign</c>). When only
    /// <c>msg</c> is signed, an <c>id</c> that names another key than <c>msg</c> is refused: it was changed after signing.
    /// </summary>
    public static string? SignedKey(YouzanPush push, string? fromMessage, string messageField)
    {
        var key = NullIfEmpty(fromMessage);
        if (push.IsEnvelopeSigned)
        {
            return key ?? push.Id;
        }

        if (key is not null && !string.IsNullOrEmpty(push.Id) && !string.Equals(key, push.Id, StringComparison.Ordinal))
        {
            throw new MemberCardsFormatException(YouzanConstants.ServiceName, "Youzan push", "id", $"the envelope's id does not match the signed msg.{messageField}; only msg is covered by the body sign.");
        }

        return key;
    }
}
