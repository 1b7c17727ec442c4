namespace MemberCards.Sdk.WeChat;

/// <summary>
/// One day of one member card's figures (an item of <c>list</c> in <c>datacube/getcardmembercarddetail</c>). WeChat
/// names these fields inconsistently (<c>cardid</c>, <c>merchanttype</c>, camelCase <c>payOriginalFee</c> beside
/// <c>fee</c>): each name is mapped explicitly.
/// </summary>
public sealed class WeChatMemberCardDetailData : WeChatCardDayFigures
{
    /// <summary>The kind of merchant, as WeChat reports it (<c>merchanttype</c>).</summary>
    [JsonPropertyName("merchanttype")]
    public int? MerchantType { get; set; }

    /// <summary>The card (<c>cardid</c>).</summary>
    [JsonPropertyName("cardid")]
    public string? CardId { get; set; }

    /// <summary>The sub-merchant the card belongs to, when a third party made it (<c>submerchantid</c>).</summary>
    [JsonPropertyName("submerchantid")]
    public long? SubMerchantId { get; set; }

    /// <summary>Cards activated (<c>active_cnt</c>).</summary>
    public long? ActiveCnt { get; set; }

    /// <summary>Users who activated one (<c>active_user</c>).</summary>
    public long? ActiveUser { get; set; }

    /// <summary>All members holding the card that day (<c>total_user</c>).</summary>
    public long? TotalUser { get; set; }

    /// <summary>Members new that day (<c>new_user</c>).</summary>
    public long? NewUser { get; set; }

    /// <summary>What the members' payments came to before discounts, in fen (<c>payOriginalFee</c>, camelCase on the wire).</summary>
    [JsonPropertyName("payOriginalFee")]
    public long? PayOriginalFee { get; set; }

    /// <summary>What the members actually paid, in fen (<c>fee</c>).</summary>
    public long? Fee { get; set; }
}
