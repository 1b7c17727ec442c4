namespace MemberCards.Sdk.WeChat;

/// <summary>The answer of <c>card/paygiftcard/batchget</c>.</summary>
public sealed class WeChatBatchGetPayGiftCardRulesResponse : WeChatResponse
{
    /// <summary>The rules of the page, each with its <see cref="WeChatPayGiftCardRule.RuleId"/> (<c>rule_list</c>).</summary>
    public IReadOnlyList<WeChatPayGiftCardRule>? RuleList { get; set; }

    /// <summary>How many rules match in total (<c>total_count</c>): page on until <c>offset</c> reaches it.</summary>
    public long? TotalCount { get; set; }
}
