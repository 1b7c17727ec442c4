namespace MemberCards.Sdk.Youzan;

/// <summary>The decoded <c>msg</c> of a SCRM_CARD push, as sent.</summary>
internal sealed class CardMessageWire
{
    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? CardAlias { get; set; }

    public string? EventTime { get; set; }
}
