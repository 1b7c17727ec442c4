namespace MemberCards.Sdk.WeChat;

/// <summary>The body of <c>datacube/getcardmembercarddetail</c>: one member card's figures per day over a date range.</summary>
public sealed class WeChatMemberCardDetailDataRequest : IValidatedRequest
{
    /// <summary>The first day, <c>yyyy-MM-dd</c> (<c>begin_date</c>, required).</summary>
    public string? BeginDate { get; set; }

    /// <summary>
    /// The last day, <c>yyyy-MM-dd</c> (<c>end_date</c>, required): at most 62 days from <see cref="BeginDate"/>, counting
    /// both, and at most yesterday (the limits of the other card figures, assumed here: not documented for this call).
    /// </summary>
    public string? EndDate { get; set; }

    /// <summary>The member card (<c>card_id</c>, required).</summary>
    public string? CardId { get; set; }

    /// <inheritdoc/>
    void IValidatedRequest.Validate()
    {
        WeChatRequestValidator.ValidateCardDates(BeginDate, EndDate);
        WeChatRequestValidator.Required(CardId, "card_id", 32);
    }
}
