using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChat;

/// <summary>One card on a card shelf.</summary>
public sealed class WeChatLandingPageCard
{
    /// <summary>The card_id. Required.</summary>
    [JsonPropertyName("card_id")]
    public string? CardId { get; set; }

    /// <summary>The card's thumbnail on the shelf (an image URL from media/uploadimg). Required.</summary>
    [JsonPropertyName("thumb_url")]
    public string? ThumbUrl { get; set; }
}
