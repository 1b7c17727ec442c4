namespace MemberCards.Sdk.WeChat;

/// <summary>The body of <c>card/batchget</c>: one page of the AppId's card ids.</summary>
public sealed class WeChatBatchGetCardsRequest : IValidatedRequest
{
    /// <summary>Where the page starts, from 0 (<c>offset</c>).</summary>
    public int Offset { get; set; }

    /// <summary>The page size, 1 to 50 (<c>count</c>).</summary>
    public int Count { get; set; } = 50;

    /// <summary>Only cards in these states (<c>status_list</c>); <see langword="null"/> for every state.</summary>
    public IReadOnlyList<WeChatCardStatus>? StatusList { get; set; }

    /// <inheritdoc/>
    void IValidatedRequest.Validate() => WeChatRequestValidator.ValidateBatchGet(this);
}
