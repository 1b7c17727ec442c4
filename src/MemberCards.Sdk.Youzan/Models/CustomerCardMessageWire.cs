namespace MemberCards.Sdk.Youzan;

/// <summary>The decoded <c>msg</c> of a SCRM_CUSTOMER_CARD push, as sent.</summary>
internal sealed class CustomerCardMessageWire
{
    [JsonConverter(typeof(FlexibleInt64Converter))]
    public long FansId { get; set; }

    [JsonConverter(typeof(FlexibleInt32Converter))]
    public int FansType { get; set; }

    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? Mobile { get; set; }

    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? CardAlias { get; set; }

    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? CardNo { get; set; }

    public string? EventTime { get; set; }
}
