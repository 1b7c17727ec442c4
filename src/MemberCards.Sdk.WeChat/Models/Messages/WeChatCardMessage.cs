namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The card a message carries (<c>wxcard</c>): the user taps it to add the card. Only a card without custom codes, or a
/// custom-code card in deposit mode (codes imported with <c>card/code/deposit</c>), can be sent in a message.
/// </summary>
public sealed class WeChatCardMessage
{
    /// <summary>The card (<c>card_id</c>, required, at most 32 bytes).</summary>
    public string? CardId { get; set; }

    /// <summary>
    /// The card's <c>cardExt</c> JSON string (<c>card_ext</c>, optional), as <see cref="WeChatJsSdkSigner"/> builds it for
    /// <c>wx.addCard</c>. WeChat documents it for <c>cgi-bin/message/mass/preview</c>; leave it unset otherwise.
    /// </summary>
    public string? CardExt { get; set; }
}
