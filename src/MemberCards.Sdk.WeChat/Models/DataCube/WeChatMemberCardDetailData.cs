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
    public int? MerchantType { get; init; }

    /// <summary>The card (<c>cardid</c>).</summary>
    [JsonPropertyName("cardid")]
    public string? CardId { get; init; }

    /// <summary>The sub-merchant the card belongs to, when a third party made it (<c>submerchantid</c>).</summary>
    [JsonPropertyName("submerchantid")]
    public long? SubMerchantId { get; init; }

    /// <summary>Cards activated (<c>active_cnt</c>).</summary>
    public long? ActiveCnt { get; init; }

    /// <summary>Users who activated one (<c>active_user</c>).</summary>
    public long? ActiveUser { get; init; }

    /// <summary>All members holding the card that day (<c>total_user</c>).</summary>
    public long? TotalUser { get; init; }

    /// <summary>Members new that day (<c>new_user</c>).</summary>
    public long? NewUser { get; init; }

    /// <summary>What the members' payments came to before discounts, in fen (<c>payOriginalFee</c>, camelCase on the wire).</summary>
    [JsonPropertyName("payOriginalFee")]
    public long? PayOriginalFee { get; init; }

    /// <summary>What the members actually paid, in fen (<c>fee</c>).</summary>
    public long? Fee { get; init; }
}
