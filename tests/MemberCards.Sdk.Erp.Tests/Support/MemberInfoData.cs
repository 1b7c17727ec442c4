using System.Text.Json.Serialization;

namespace MemberCards.Sdk.Erp.Tests.Support;

/// <summary>The member of a <c>/user/memberInfo</c> answer.</summary>
public sealed class MemberInfoData
{
    [JsonPropertyName("cardNo")]
    public string? CardNo { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }
}
