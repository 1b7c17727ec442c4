using System.Text.Json.Serialization;

namespace MemberCards.Sdk.Erp.Tests.Support;

/// <summary>The host's model of the <c>/user/memberInfo</c> answer (only what it needs).</summary>
public sealed class MemberInfoAnswer
{
    [JsonPropertyName("msg")]
    public string? Message { get; init; }

    [JsonPropertyName("data")]
    public MemberInfoData? Data { get; init; }
}
