namespace MemberCards.Sdk.Erp;

/// <summary>
/// The ERP's answer: <c>code</c> (10000 success, 20000 failure; a number or a string), <c>msg</c>, and either
/// <c>data</c> (the member, on success) or <c>info</c> (detail, on failure). Both stay raw until the code is known.
/// </summary>
internal sealed class ErpEnvelope
{
    public string? Code { get; set; }

    [JsonPropertyName("msg")]
    public string? Message { get; set; }

    public JsonElement? Data { get; set; }

    public JsonElement? Info { get; set; }
}
