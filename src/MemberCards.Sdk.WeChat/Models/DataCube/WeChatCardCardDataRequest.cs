namespace MemberCards.Sdk.WeChat;

/// <summary>The body of <c>datacube/getcardcardinfo</c>: the figures of each card, or of one, per day over a date range.</summary>
public sealed class WeChatCardCardDataRequest : IValidatedRequest
{
    /// <summary>The first day, <c>yyyy-MM-dd</c> (<c>begin_date</c>, required).</summary>
    public string? BeginDate { get; set; }

    /// <summary>The last day, <c>yyyy-MM-dd</c> (<c>end_date</c>, required): at most 62 days from <see cref="BeginDate"/>, counting both, and at most yesterday.</summary>
    public string? EndDate { get; set; }

    /// <summary>Which cards count (<c>cond_source</c>, required): 0 = created on mp.weixin.qq.com, 1 = created through the API.</summary>
    public int? CondSource { get; set; }

    /// <summary>Only this card (<c>card_id</c>); <see langword="null"/> for every card.</summary>
    public string? CardId { get; set; }

    /// <inheritdoc/>
    void IValidatedRequest.Validate()
    {
        WeChatRequestValidator.ValidateCardData(BeginDate, EndDate, CondSource);
        WeChatRequestValidator.Optional(CardId, "card_id", 32);
    }
}
