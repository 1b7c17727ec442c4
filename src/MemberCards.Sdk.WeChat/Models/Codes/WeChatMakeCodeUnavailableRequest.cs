using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChat;

/// <summary>card/code/unavailable: invalidates one user card, irreversibly.</summary>
public sealed class WeChatMakeCodeUnavailableRequest
{
    /// <summary>The code (<c>code</c>, required).</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    /// <summary>The card id (<c>card_id</c>).</summary>
    [JsonPropertyName("card_id")]
    public string? CardId { get; init; }

    /// <summary>The reason (<c>reason</c>).</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; init; }
}
