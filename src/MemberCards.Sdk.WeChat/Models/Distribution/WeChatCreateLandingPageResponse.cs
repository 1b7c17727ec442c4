namespace MemberCards.Sdk.WeChat;

/// <summary>The answer of card/landingpage/create.</summary>
public sealed class WeChatCreateLandingPageResponse : WeChatResponse
{
    /// <summary>The shelf's link: put it in a menu, an article or a QR code.</summary>
    public string? Url { get; set; }

    /// <summary>The page's id (a JSON integer).</summary>
    public long PageId { get; set; }
}
