namespace MemberCards.Sdk.WeChat;

/// <summary>
/// A 支付即会员 rule (<c>rule_info</c>): after a WeChat Pay payment to one of the merchant ids, within the amount range
/// and the period, the payer is offered the member card.
/// </summary>
public sealed class WeChatPayGiftCardRule
{
    /// <summary>The rule's id (<c>rule_id</c>): in the rules <c>card/paygiftcard/batchget</c> lists; leave it unset when adding.</summary>
    public long? RuleId { get; set; }

    /// <summary>The kind of rule (<c>type</c>): <see cref="WeChatPayGiftCardRule.PayMemberCardType"/>, the only one this SDK models.</summary>
    public string? Type { get; set; } = PayMemberCardType;

    /// <summary>The merchant ids and the period (<c>base_info</c>, required).</summary>
    public WeChatPayGiftCardBaseInfo? BaseInfo { get; set; }

    /// <summary>The card and the amount range (<c>member_rule</c>, required).</summary>
    public WeChatPayGiftCardMemberRule? MemberRule { get; set; }

    /// <summary>The <c>type</c> of a rule that offers a member card after a payment.</summary>
    public const string PayMemberCardType = "RULE_TYPE_PAY_MEMBER_CARD";
}
