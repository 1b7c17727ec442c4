namespace MemberCards.Sdk.WeChat;

/// <summary>card/qrcode/create: a QR code that hands out one card (<c>QR_CARD</c>) or several (<c>QR_MULTIPLE_CARD</c>).</summary>
public sealed class WeChatCreateQrCodeRequest : IValidatedRequest
{
    /// <summary>The QR kind (<c>action_name</c>).</summary>
    public WeChatQrCodeAction ActionName { get; set; } = WeChatQrCodeAction.Card;

    /// <summary>Lifetime in seconds, 60..1800 (<c>expire_seconds</c>); omit for 365 days.</summary>
    public int? ExpireSeconds { get; set; }

    /// <summary>What the QR code hands out (<c>action_info</c>).</summary>
    public WeChatQrActionInfo? ActionInfo { get; set; }

    /// <summary>A single-card QR request.</summary>
    /// <param name="card">The card to hand out.</param>
    /// <param name="expireSeconds">Lifetime in seconds (60..1800), or <see langword="null"/> for 365 days.</param>
    /// <returns>The request.</returns>
    public static WeChatCreateQrCodeRequest ForCard(WeChatQrCard card, int? expireSeconds = null)
        => new() { ActionName = WeChatQrCodeAction.Card, ExpireSeconds = expireSeconds, ActionInfo = new WeChatQrActionInfo { Card = card } };

    /// <summary>A multiple-card QR request.</summary>
    /// <param name="cards">The cards to hand out.</param>
    /// <returns>The request.</returns>
    public static WeChatCreateQrCodeRequest ForCards(IReadOnlyList<WeChatQrCard> cards)
        => new() { ActionName = WeChatQrCodeAction.MultipleCard, ActionInfo = new WeChatQrActionInfo { MultipleCard = new WeChatQrMultipleCard { CardList = cards } } };

    /// <inheritdoc/>
    void IValidatedRequest.Validate() => WeChatRequestValidator.ValidateQrCode(this);
}
