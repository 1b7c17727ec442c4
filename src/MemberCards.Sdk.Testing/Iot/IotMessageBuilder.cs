using System.Buffers;
using MemberCards.Sdk.Iot;

namespace MemberCards.Sdk.Testing.Iot;

/// <summary>
/// Builds IoT platform messages as the platform publishes them: the <c>msgId</c>/<c>reportTs</c>/<c>profile</c>
/// envelope and any number of events, every documented field written under its wire name. By default, like the
/// platform, unset strings are sent as <c>""</c> and unset lists as <c>[]</c>; ids can be sent as strings.
/// </summary>
public sealed class IotMessageBuilder
{
    private static long nextMessageId = 1_700_000_000_000;

    private readonly List<(string Key, Action<Utf8JsonWriter> Write)> events = [];
    private string? messageId;
    private DateTimeOffset reportedAt;
    private (string? PoiCode, string? AppType, long? ModelId)? profile = ("s009", "customer", 9);
    private bool idsAsStrings;
    private bool emptyStringsForAbsent = true;

    /// <summary>Creates a builder with a fresh numeric <c>msgId</c>, <c>reportTs</c> = now, and the sample's profile.</summary>
    /// <param name="timeProvider">The clock for <c>reportTs</c>, or <see langword="null"/> for the system clock.</param>
    public IotMessageBuilder(TimeProvider? timeProvider = null)
    {
        messageId = Interlocked.Increment(ref nextMessageId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        reportedAt = (timeProvider ?? TimeProvider.System).GetUtcNow();
    }

    /// <summary>Sets <c>msgId</c> (written as a JSON number), or removes it with <see langword="null"/>.</summary>
    /// <param name="id">The message id.</param>
    /// <returns>This builder.</returns>
    public IotMessageBuilder WithMessageId(long? id)
    {
        messageId = id?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return this;
    }

    /// <summary>Sets <c>reportTs</c> (written as Unix milliseconds).</summary>
    /// <param name="time">The report time.</param>
    /// <returns>This builder.</returns>
    public IotMessageBuilder WithReportedAt(DateTimeOffset time)
    {
        reportedAt = time;
        return this;
    }

    /// <summary>Sets <c>profile</c>, or removes it with all three <see langword="null"/>.</summary>
    /// <param name="poiCode">The <c>poiCode</c>.</param>
    /// <param name="appType">The <c>appType</c>.</param>
    /// <param name="modelId">The <c>modelId</c>.</param>
    /// <returns>This builder.</returns>
    public IotMessageBuilder WithProfile(string? poiCode, string? appType, long? modelId)
    {
        profile = poiCode is null && appType is null && modelId is null ? null : (poiCode, appType, modelId);
        return this;
    }

    /// <summary>Writes ids (and id lists) as JSON strings, as some platform versions do.</summary>
    /// <param name="enabled">Whether to.</param>
    /// <returns>This builder.</returns>
    public IotMessageBuilder WithIdsAsStrings(bool enabled = true)
    {
        idsAsStrings = enabled;
        return this;
    }

    /// <summary>Writes unset strings as <c>""</c> and unset lists as <c>[]</c> (the default, as the platform does); <see langword="false"/> omits them.</summary>
    /// <param name="enabled">Whether to.</param>
    /// <returns>This builder.</returns>
    public IotMessageBuilder WithEmptyStringsForAbsent(bool enabled = true)
    {
        emptyStringsForAbsent = enabled;
        return this;
    }

    /// <summary>Adds an event under its key (<see cref="IotEvent.Key"/>); an <see cref="UnknownIotEvent"/> is written as its raw JSON.</summary>
    /// <param name="event">The event.</param>
    /// <returns>This builder.</returns>
    public IotMessageBuilder Add(IotEvent @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        events.Add((@event.Key, w => IotEventWriter.Write(w, @event, new IotEventWriter.Style(idsAsStrings, emptyStringsForAbsent))));
        return this;
    }

    /// <summary>Adds an entry under any key with a raw JSON value (for keys the SDK does not know, or malformed values).</summary>
    /// <param name="key">The key in <c>events</c>.</param>
    /// <param name="rawJson">The value's JSON text.</param>
    /// <returns>This builder.</returns>
    public IotMessageBuilder AddRaw(string key, string rawJson)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(rawJson);
        events.Add((key, w => w.WriteRawValue(rawJson, skipInputValidation: true)));
        return this;
    }

    /// <summary>The message as UTF-8 JSON bytes.</summary>
    /// <returns>The payload.</returns>
    public byte[] ToBytes()
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true }))
        {
            writer.WriteStartObject();
            if (messageId is not null)
            {
                writer.WritePropertyName("msgId");
                writer.WriteRawValue(messageId, skipInputValidation: true);
            }

            writer.WriteNumber("reportTs", reportedAt.ToUnixTimeMilliseconds());
            if (profile is { } p)
            {
                writer.WriteStartObject("profile");
                if (p.PoiCode is not null)
                {
                    writer.WriteString("poiCode", p.PoiCode);
                }

                if (p.AppType is not null)
                {
                    writer.WriteString("appType", p.AppType);
                }

                if (p.ModelId is { } model)
                {
                    writer.WriteNumber("modelId", model);
                }

                writer.WriteEndObject();
            }

            writer.WriteStartObject("events");
            foreach (var (key, write) in events)
            {
                writer.WritePropertyName(key);
                write(writer);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The message as JSON text.</summary>
    /// <returns>The payload as a string.</returns>
    public string ToJson() => Encoding.UTF8.GetString(ToBytes());
}
