namespace MemberCards.Sdk.WeChat;

/// <summary>The body of <c>card/paygiftcard/delete</c> and <c>card/paygiftcard/getbyid</c>: one rule.</summary>
public sealed class WeChatPayGiftCardRuleIdRequest : IValidatedRequest
{
    /// <summary>The rule (<c>rule_id</c>, required, above 0).</summary>
    public long? RuleId { get; set; }

    /// <inheritdoc/>
    void IValidatedRequest.Validate() => WeChatRequestValidator.ValidatePayGiftCardRuleId(RuleId);
}
