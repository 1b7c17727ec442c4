namespace MemberCards.Sdk.WeChat;

/// <summary>The body of <c>card/paygiftcard/add</c>: a new 支付即会员 rule.</summary>
public sealed class WeChatAddPayGiftCardRuleRequest : IValidatedRequest
{
    /// <summary>The rule (<c>rule_info</c>, required).</summary>
    public WeChatPayGiftCardRule? RuleInfo { get; set; }

    /// <inheritdoc/>
    void IValidatedRequest.Validate() => WeChatRequestValidator.ValidateAddPayGiftCardRule(this);
}
