using System.Text.Json.Serialization;

namespace MemberCards.Sdk.Benchmarks.WeChat;

/// <summary>The floor's <c>user_info</c>: the member's form fields.</summary>
public sealed class FloorUserForm
{
    [JsonPropertyName("common_field_list")]
    public List<FloorFormValue>? CommonFields { get; set; }

    [JsonPropertyName("custom_field_list")]
    public List<FloorFormValue>? CustomFields { get; set; }
}
