using System.Text.Json.Serialization;
using MemberCards.Sdk;
using MemberCards.Sdk.Serialization;

namespace MemberCards.Samples.TrimCheck.Serialization;

/// <summary>A small wire model using Core's converters, so trimming must keep what they need.</summary>
internal sealed class MemberCardProbe
{
    [JsonPropertyName("card_type")]
    public CardType CardType { get; init; }

    [JsonPropertyName("member_id")]
    [JsonConverter(typeof(FlexibleInt64Converter))]
    public long MemberId { get; init; }

    [JsonPropertyName("pickup_time")]
    [JsonConverter(typeof(Rfc3339DateTimeOffsetConverter))]
    public DateTimeOffset PickupTime { get; init; }

    [JsonPropertyName("title")]
    public string? Title { get; init; }
}
