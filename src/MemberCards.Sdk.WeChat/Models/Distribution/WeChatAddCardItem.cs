namespace MemberCards.Sdk.WeChat;

/// <summary>One entry of the <c>cardList</c> of <c>wx.addCard</c> / <c>wx.batchAddCard</c>, named as the page passes it.</summary>
public sealed record WeChatAddCardItem
{
    /// <summary>The card_id.</summary>
    [JsonPropertyName("cardId")]
    public required string CardId { get; set; }

    /// <summary>The signed extension: a JSON text (a string, not an object) with code, openid, timestamp, nonce_str, signature ...</summary>
    [JsonPropertyName("cardExt")]
    public required string CardExt { get; set; }
}
