namespace MemberCards.Sdk.WeChat;

/// <summary>The answer of <c>card/paygiftcard/getbyid</c>.</summary>
public sealed class WeChatGetPayGiftCardRuleResponse : WeChatResponse
{
    /// <summary>The rule, with its state and times in <c>base_info</c> (<c>rule_info</c>).</summary>
    public WeChatPayGiftCardRule? RuleInfo { get; set; }
}
