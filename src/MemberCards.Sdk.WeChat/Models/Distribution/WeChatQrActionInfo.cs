namespace MemberCards.Sdk.WeChat;

/// <summary>The <c>action_info</c> of a QR request.</summary>
public sealed class WeChatQrActionInfo
{
    /// <summary>The card of a <c>QR_CARD</c> code (<c>card</c>).</summary>
    public WeChatQrCard? Card { get; set; }

    /// <summary>The cards of a <c>QR_MULTIPLE_CARD</c> code (<c>multiple_card</c>).</summary>
    public WeChatQrMultipleCard? MultipleCard { get; set; }
}
