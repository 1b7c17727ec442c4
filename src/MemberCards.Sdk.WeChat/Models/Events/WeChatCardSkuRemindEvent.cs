namespace MemberCards.Sdk.WeChat;

/// <summary><c>card_sku_remind</c>: a card's stock runs low (库存报警); top it up with <c>card/modifystock</c>.</summary>
public sealed class WeChatCardSkuRemindEvent : WeChatCardEvent
{
    /// <summary><c>Detail</c>: WeChat's text about the stock alarm.</summary>
    public string? Detail { get; set; }
}
