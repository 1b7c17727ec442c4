namespace MemberCards.Sdk.WeChat;

/// <summary>The answer of <c>card/batchget</c>.</summary>
public sealed class WeChatBatchGetCardsResponse : WeChatResponse
{
    /// <summary>The card ids of the page (<c>card_id_list</c>).</summary>
    public IReadOnlyList<string>? CardIdList { get; set; }

    /// <summary>How many cards match in total (<c>total_num</c>): page on until <c>offset</c> reaches it.</summary>
    public long? TotalNum { get; set; }
}
