using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>One page of card templates (GET <c>/cards</c>).</summary>
public sealed class CardTemplatePage
{
    /// <summary><c>total_count</c>.</summary>
    [JsonPropertyName("total_count")]
    public int TotalCount { get; init; }

    /// <summary><c>offset</c>.</summary>
    [JsonPropertyName("offset")]
    public int Offset { get; init; }

    /// <summary><c>limit</c>.</summary>
    [JsonPropertyName("limit")]
    public int Limit { get; init; }

    /// <summary><c>data</c>: the templates.</summary>
    [JsonPropertyName("data")]
    public IReadOnlyList<CardTemplate>? Data { get; init; }
}
