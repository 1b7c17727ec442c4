using System.Text.Json.Serialization;

namespace MemberCards.Sdk.Benchmarks.WeChat;

/// <summary>The floor's form field: a name and its value or values.</summary>
public sealed class FloorFormValue
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("value")]
    public string? Value { get; set; }

    [JsonPropertyName("value_list")]
    public List<string>? ValueList { get; set; }
}
