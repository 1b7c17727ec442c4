using System.Text.Json.Serialization;

namespace MemberCards.Sdk.Erp.Serialization;

/// <summary>The member record (<c>data</c>) as sent: every field read as text, whatever its JSON type.</summary>
internal sealed class ErpMemberWire
{
    [JsonPropertyName("name")]
    [JsonConverter(typeof(ErpTextConverter))]
    public string? Name { get; init; }

    [JsonPropertyName("sex")]
    [JsonConverter(typeof(ErpTextConverter))]
    public string? Sex { get; init; }

    [JsonPropertyName("birthday")]
    [JsonConverter(typeof(ErpTextConverter))]
    public string? Birthday { get; init; }

    [JsonPropertyName("address")]
    [JsonConverter(typeof(ErpTextConverter))]
    public string? Address { get; init; }

    [JsonPropertyName("identityCardNo")]
    [JsonConverter(typeof(ErpTextConverter))]
    public string? IdentityCardNo { get; init; }

    [JsonPropertyName("email")]
    [JsonConverter(typeof(ErpTextConverter))]
    public string? Email { get; init; }

    [JsonPropertyName("level")]
    [JsonConverter(typeof(ErpTextConverter))]
    public string? Level { get; init; }

    [JsonPropertyName("state")]
    [JsonConverter(typeof(ErpTextConverter))]
    public string? State { get; init; }

    [JsonPropertyName("cardNo")]
    [JsonConverter(typeof(ErpTextConverter))]
    public string? CardNo { get; init; }

    [JsonPropertyName("storeNumber")]
    [JsonConverter(typeof(ErpTextConverter))]
    public string? StoreNumber { get; init; }
}
