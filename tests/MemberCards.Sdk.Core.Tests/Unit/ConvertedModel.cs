using System.Text.Json.Serialization;
using MemberCards.Sdk.Serialization;

namespace MemberCards.Sdk.Core.Tests.Unit;

/// <summary>A model using every Core converter on non-nullable properties.</summary>
public sealed class ConvertedModel
{
    /// <summary>A 64-bit id.</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(FlexibleInt64Converter))]
    public long Id { get; init; }

    /// <summary>An int that may arrive as a string.</summary>
    [JsonPropertyName("level")]
    [JsonConverter(typeof(FlexibleInt32Converter))]
    public int Level { get; init; }

    /// <summary>An RFC 3339 time.</summary>
    [JsonPropertyName("create_time")]
    [JsonConverter(typeof(Rfc3339DateTimeOffsetConverter))]
    public DateTimeOffset CreateTime { get; init; }

    /// <summary>A China Standard Time wall-clock time.</summary>
    [JsonPropertyName("local_time")]
    [JsonConverter(typeof(ChinaStandardTimeConverter))]
    public DateTimeOffset LocalTime { get; init; }

    /// <summary>Unix seconds.</summary>
    [JsonPropertyName("ts")]
    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset Seconds { get; init; }

    /// <summary>Unix milliseconds.</summary>
    [JsonPropertyName("ts_ms")]
    [JsonConverter(typeof(UnixMillisecondsConverter))]
    public DateTimeOffset Milliseconds { get; init; }

    /// <summary>Optional text, omitted when null.</summary>
    [JsonPropertyName("optional")]
    public string? Optional { get; init; }

    /// <summary>A required flag that must be sent even when false.</summary>
    [JsonPropertyName("supply_bonus")]
    public bool SupplyBonus { get; init; }

    /// <summary>Free text, possibly Chinese.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }
}

/// <summary>A model with the Core converters on nullable properties.</summary>
public sealed class NullableModel
{
    /// <summary>An optional 64-bit id.</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(FlexibleInt64Converter))]
    public long? Id { get; init; }

    /// <summary>An optional int that may arrive as a string.</summary>
    [JsonPropertyName("level")]
    [JsonConverter(typeof(FlexibleInt32Converter))]
    public int? Level { get; init; }

    /// <summary>An optional RFC 3339 time.</summary>
    [JsonPropertyName("create_time")]
    [JsonConverter(typeof(Rfc3339DateTimeOffsetConverter))]
    public DateTimeOffset? CreateTime { get; init; }

    /// <summary>An optional China Standard Time time.</summary>
    [JsonPropertyName("local_time")]
    [JsonConverter(typeof(ChinaStandardTimeConverter))]
    public DateTimeOffset? LocalTime { get; init; }

    /// <summary>Optional unix seconds.</summary>
    [JsonPropertyName("ts")]
    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? Seconds { get; init; }
}
