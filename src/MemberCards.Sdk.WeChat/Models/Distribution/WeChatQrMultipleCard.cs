namespace MemberCards.Sdk.WeChat;

/// <summary>The card list of a <c>QR_MULTIPLE_CARD</c> code.</summary>
public sealed class WeChatQrMultipleCard
{
    /// <summary>The cards (<c>card_list</c>).</summary>
    public IReadOnlyList<WeChatQrCard>? CardList { get; set; }
}
