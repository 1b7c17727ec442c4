namespace MemberCards.Sdk.WeChat;

/// <summary>One card on a card shelf.</summary>
public sealed class WeChatLandingPageCard
{
    /// <summary>The card_id. Required.</summary>
    public string? CardId { get; set; }

    /// <summary>The card's thumbnail on the shelf (an image URL from media/uploadimg). Required.</summary>
    public string? ThumbUrl { get; set; }
}
