namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The answer of <c>card/paygiftcard/add</c>. WeChat answers errcode 0 even when some merchant ids failed (held by
/// another rule or AppId): check <see cref="FailMchIdList"/>.
/// </summary>
public sealed class WeChatAddPayGiftCardRuleResponse : WeChatResponse
{
    /// <summary>The new rule's id (<c>rule_id</c>).</summary>
    public long? RuleId { get; set; }

    /// <summary>The merchant ids the rule now covers (<c>succ_mchid_list</c>).</summary>
    [JsonPropertyName("succ_mchid_list")]
    public IReadOnlyList<string>? SuccMchIdList { get; set; }

    /// <summary>The merchant ids the rule could not take, with the reason (<c>fail_mchid_list</c>).</summary>
    [JsonPropertyName("fail_mchid_list")]
    public IReadOnlyList<WeChatPayGiftCardMchIdFailure>? FailMchIdList { get; set; }
}
