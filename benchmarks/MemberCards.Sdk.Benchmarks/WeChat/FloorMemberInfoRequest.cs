using System.Text.Json.Serialization;

namespace MemberCards.Sdk.Benchmarks.WeChat;

/// <summary>The floor's <c>card/membercard/userinfo/get</c> body.</summary>
public sealed class FloorMemberInfoRequest
{
    [JsonPropertyName("card_id")]
    public string? CardId { get; set; }

    [JsonPropertyName("code")]
    public string? Code { get; set; }
}
