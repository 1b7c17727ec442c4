using System.Text.Json;
using System.Text.Json.Serialization;

namespace MemberCards.Sdk.Erp.Serialization;

/// <summary>
/// The ERP's answer: <c>code</c> (10000 success, 20000 failure; a number or a string), <c>msg</c>, and either
/// <c>data</c> (the member, on success) or <c>info</c> (detail, on failure). Both stay raw until the code is known.
/// </summary>
internal sealed class ErpEnvelope
{
    [JsonPropertyName("code")]
    [JsonConverter(typeof(ErpTextConverter))]
    public string? Code { get; init; }

    [JsonPropertyName("msg")]
    [JsonConverter(typeof(ErpTextConverter))]
    public string? Message { get; init; }

    [JsonPropertyName("data")]
    public JsonElement? Data { get; init; }

    [JsonPropertyName("info")]
    public JsonElement? Info { get; init; }
}
