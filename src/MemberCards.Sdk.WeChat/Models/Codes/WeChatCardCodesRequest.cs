namespace MemberCards.Sdk.WeChat;

/// <summary>
/// Custom codes of one card, for <c>card/code/deposit</c> (import) and <c>card/code/checkcode</c> (check an import).
/// WeChat takes at most 100 codes per call; the client splits a longer list into calls of 100, in order.
/// </summary>
public sealed class WeChatCardCodesRequest : IValidatedRequest
{
    /// <summary>The card, created with custom codes in deposit mode (<c>card_id</c>, required).</summary>
    public string? CardId { get; set; }

    /// <summary>The codes, at least one, none empty, each at most 20 bytes (<c>code</c>).</summary>
    [JsonPropertyName("code")]
    public IReadOnlyList<string>? Codes { get; set; }

    /// <inheritdoc/>
    void IValidatedRequest.Validate() => WeChatRequestValidator.ValidateCardCodes(this);
}
