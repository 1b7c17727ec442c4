using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>One page of a user's cards.</summary>
public sealed class UserCardPage
{
    /// <summary><c>total_count</c>: how many cards in all.</summary>
    [JsonPropertyName("total_count")]
    public int TotalCount { get; init; }

    /// <summary><c>offset</c>.</summary>
    [JsonPropertyName("offset")]
    public int Offset { get; init; }

    /// <summary><c>limit</c>.</summary>
    [JsonPropertyName("limit")]
    public int Limit { get; init; }

    /// <summary><c>data</c>: the cards of this page (sensitive fields still encrypted: each is decrypted when it is first revealed).</summary>
    [JsonPropertyName("data")]
    public IReadOnlyList<UserCard>? Data { get; init; }
}
