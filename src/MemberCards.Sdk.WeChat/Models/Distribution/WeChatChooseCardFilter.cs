namespace MemberCards.Sdk.WeChat;

/// <summary>The optional filters of <c>wx.chooseCard</c>; each one set is signed into its <c>cardSign</c>.</summary>
public sealed class WeChatChooseCardFilter
{
    /// <summary>Only cards usable at this store (<c>shopId</c>, signed as <c>location_id</c>).</summary>
    public string? ShopId { get; set; }

    /// <summary>Only cards of this type (<c>cardType</c>, such as <c>MEMBER_CARD</c>; empty for all).</summary>
    public string? CardType { get; set; }

    /// <summary>Only this card (<c>cardId</c>).</summary>
    public string? CardId { get; set; }
}
