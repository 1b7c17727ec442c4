using System.Text.Json.Serialization;

namespace MemberCards.Sdk.Youzan.Serialization;

/// <summary>The decoded <c>msg</c> of a SCRM_CARD push, as sent.</summary>
internal sealed class CardMessageWire
{
    [JsonPropertyName("card_alias")]
    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? CardAlias { get; set; }

    [JsonPropertyName("event_time")]
    public string? EventTime { get; set; }
}
