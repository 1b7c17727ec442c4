using System.Text.Json.Serialization;
using MemberCards.Sdk.Serialization;

namespace MemberCards.Sdk.Youzan.Serialization;

/// <summary>The decoded <c>msg</c> of a SCRM_CUSTOMER_CARD push, as sent.</summary>
internal sealed class CustomerCardMessageWire
{
    [JsonPropertyName("fans_id")]
    [JsonConverter(typeof(FlexibleInt64Converter))]
    public long FansId { get; set; }

    [JsonPropertyName("fans_type")]
    [JsonConverter(typeof(FlexibleInt32Converter))]
    public int FansType { get; set; }

    [JsonPropertyName("mobile")]
    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? Mobile { get; set; }

    [JsonPropertyName("card_alias")]
    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? CardAlias { get; set; }

    [JsonPropertyName("card_no")]
    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? CardNo { get; set; }

    [JsonPropertyName("event_time")]
    public string? EventTime { get; set; }
}
