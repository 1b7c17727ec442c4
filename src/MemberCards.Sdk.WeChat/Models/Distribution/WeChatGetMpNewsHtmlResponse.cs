namespace MemberCards.Sdk.WeChat;

/// <summary>The answer of card/mpnews/gethtml.</summary>
public sealed class WeChatGetMpNewsHtmlResponse : WeChatResponse
{
    /// <summary>
    /// The HTML snippet that shows the card in an article: put it into the <c>content</c> of an uploaded news item before
    /// a mass send. Only for cards without custom codes (or whose codes were deposited).
    /// </summary>
    public string? Content { get; set; }
}
