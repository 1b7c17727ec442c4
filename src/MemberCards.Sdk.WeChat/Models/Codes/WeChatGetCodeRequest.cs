using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChat;

/// <summary>card/code/get: looks up one user card.</summary>
public sealed class WeChatGetCodeRequest
{
    /// <summary>The code (<c>code</c>, required, at most 20 characters).</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    /// <summary>The card id (<c>card_id</c>, required for custom-code cards).</summary>
    [JsonPropertyName("card_id")]
    public string? CardId { get; init; }

    /// <summary>Answer 40127 for unusable cards (<c>check_consume</c>).</summary>
    [JsonPropertyName("check_consume")]
    public bool? CheckConsume { get; init; }
}
