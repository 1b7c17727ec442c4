namespace MemberCards.Sdk.WeChat;

/// <summary>The answer of <c>card/code/getdepositcount</c>.</summary>
public sealed class WeChatGetDepositCountResponse : WeChatResponse
{
    /// <summary>How many custom codes the card holds (<c>count</c>): keep the stock at most this.</summary>
    public long? Count { get; set; }
}
