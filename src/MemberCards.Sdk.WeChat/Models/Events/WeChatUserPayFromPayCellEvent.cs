namespace MemberCards.Sdk.WeChat;

/// <summary>
/// <c>user_pay_from_pay_cell</c>: a user paid through the card's pay cell (买单). Amounts are in fen (分).
/// </summary>
public sealed class WeChatUserPayFromPayCellEvent : WeChatUserCardEvent
{
    /// <summary><c>TransId</c>: the WeChat Pay transaction id of the payment.</summary>
    public string? TransId { get; set; }

    /// <summary><c>LocationId</c>: the store (门店) id, when the payment names one.</summary>
    public long? LocationId { get; set; }

    /// <summary><c>LocationName</c>: the store's name, when sent.</summary>
    public string? LocationName { get; set; }

    /// <summary><c>Fee</c>: the amount paid, in fen.</summary>
    public long Fee { get; set; }

    /// <summary><c>OriginalFee</c>: the amount before discounts, in fen.</summary>
    public long OriginalFee { get; set; }
}
