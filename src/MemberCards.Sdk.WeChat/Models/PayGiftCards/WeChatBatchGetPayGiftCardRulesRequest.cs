namespace MemberCards.Sdk.WeChat;

/// <summary>The body of <c>card/paygiftcard/batchget</c>: one page of the AppId's 支付即会员 rules.</summary>
public sealed class WeChatBatchGetPayGiftCardRulesRequest : IValidatedRequest
{
    /// <summary>The kind of rule (<c>type</c>): <see cref="WeChatPayGiftCardRule.PayMemberCardType"/>.</summary>
    public string? Type { get; set; } = WeChatPayGiftCardRule.PayMemberCardType;

    /// <summary>Only the rules in effect now (<c>effective</c>) when <see langword="true"/>.</summary>
    public bool? Effective { get; set; }

    /// <summary>Where the page starts, from 0 (<c>offset</c>).</summary>
    public int Offset { get; set; }

    /// <summary>The page size, at least 1 (<c>count</c>).</summary>
    public int Count { get; set; } = 10;

    /// <inheritdoc/>
    void IValidatedRequest.Validate() => WeChatRequestValidator.ValidateBatchGetPayGiftCardRules(this);
}
