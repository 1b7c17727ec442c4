namespace MemberCards.Sdk.WeChat;

/// <content>The limits of the 支付即会员 calls (<c>card/paygiftcard/*</c>).</content>
internal static partial class WeChatRequestValidator
{
    private const string Rule = "rule_info";

    public static void ValidateAddPayGiftCardRule(WeChatAddPayGiftCardRuleRequest request)
    {
        var rule = request.RuleInfo ?? throw Missing(Rule);
        if (rule.Type != WeChatPayGiftCardRule.PayMemberCardType)
        {
            throw Invalid(Rule + ".type", $"must be {WeChatPayGiftCardRule.PayMemberCardType}.");
        }

        var info = rule.BaseInfo ?? throw Missing(Rule + ".base_info");
        if (info.MchIdList is not { Count: > 0 })
        {
            throw Invalid(Rule + ".base_info.mchid_list", "needs at least one merchant id.");
        }

        Each(info.MchIdList, Rule + ".base_info.mchid_list");
        var begin = info.BeginTime ?? throw Missing(Rule + ".base_info.begin_time");
        var end = info.EndTime ?? throw Missing(Rule + ".base_info.end_time");
        if (end <= begin)
        {
            throw Invalid(Rule + ".base_info.end_time", $"must be after begin_time ({begin}), got {end}.");
        }

        var member = rule.MemberRule ?? throw Missing(Rule + ".member_rule");
        Required(member.CardId, Rule + ".member_rule.card_id", 32);
        var least = member.LeastCost ?? throw Missing(Rule + ".member_rule.least_cost");
        var most = member.MaxCost ?? throw Missing(Rule + ".member_rule.max_cost");
        if (least < 0)
        {
            throw Invalid(Rule + ".member_rule.least_cost", $"must not be negative, got {least}.");
        }

        if (most < least)
        {
            throw Invalid(Rule + ".member_rule.max_cost", $"must be at least least_cost ({least}), got {most}.");
        }

        if (member.JumpUrl is not null && member.AppBrandId is not null)
        {
            throw Invalid(Rule + ".member_rule.app_brand_id", "a rule sends the payer to jump_url or to a mini-program, not both.");
        }

        if (member.AppBrandPass is not null && member.AppBrandId is null)
        {
            throw Invalid(Rule + ".member_rule.app_brand_pass", "needs app_brand_id.");
        }
    }

    public static void ValidatePayGiftCardRuleId(long? ruleId)
    {
        if (ruleId is not > 0)
        {
            throw Invalid("rule_id", ruleId is null ? "is required." : $"must be above 0, got {ruleId}.");
        }
    }

    public static void ValidateBatchGetPayGiftCardRules(WeChatBatchGetPayGiftCardRulesRequest request)
    {
        if (request.Type != WeChatPayGiftCardRule.PayMemberCardType)
        {
            throw Invalid("type", $"must be {WeChatPayGiftCardRule.PayMemberCardType}.");
        }

        if (request.Offset < 0)
        {
            throw Invalid("offset", $"must not be negative, got {request.Offset}.");
        }

        if (request.Count < 1)
        {
            throw Invalid("count", $"must be at least 1, got {request.Count}.");
        }
    }
}
