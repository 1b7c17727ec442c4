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
}
