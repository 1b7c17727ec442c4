namespace MemberCards.Sdk.WeChat;

/// <summary>One day of one card's figures (an item of <c>list</c> in <c>datacube/getcardcardinfo</c>).</summary>
public sealed class WeChatCardCardData : WeChatCardBizData
{
    /// <summary>The card (<c>card_id</c>).</summary>
    public string? CardId { get; set; }

    /// <summary>The card's kind (<c>card_type</c>): 0 discount, 1 cash, 2 gift, 3 general, 4 groupon; member cards are not in this call's figures.</summary>
    public int? CardType { get; set; }

    /// <summary>Whether the card is sold (<c>is_pay</c>): 1 for a paid card, 0 otherwise.</summary>
    public int? IsPay { get; set; }
}
