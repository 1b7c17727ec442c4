using MemberCards.Sdk.WeChat.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChat.Tests.Integration;

/// <summary>Issue 20: 支付即会员 rules (card/paygiftcard/add, delete, getbyid, batchget) and their replacement, through DI against the emulator over HTTP.</summary>
public sealed class PayGiftCardRuleTests
{
    private const long Begin = 4_000_000_000;
    private const long End = 4_100_000_000;

    [Fact]
    public async Task Rules_are_added_read_listed_replaced_and_deleted_and_a_held_merchant_id_is_a_partial_success()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);
        var client = sdk.GetRequiredService<IWeChatCardClient>();
        var cardId = (await client.CreateMemberCardAsync(new WeChatCreateMemberCardRequest { MemberCard = SampleCards.Valid() })).CardId!;

        var added = await client.AddPayGiftCardRuleAsync(Rule(cardId, ["1900000001", "1900000002"]));
        Assert.Equal(["1900000001", "1900000002"], added.SuccMchIdList!);
        Assert.Empty(added.FailMchIdList!);
        Assert.Equal(
            """{"rule_info":{"type":"RULE_TYPE_PAY_MEMBER_CARD","base_info":{"mchid_list":["1900000001","1900000002"],"begin_time":4000000000,"end_time":4100000000},"member_rule":{"card_id":"{card}","least_cost":100,"max_cost":50000,"jump_url":"https://shop.example/member"}}}""".Replace("{card}", cardId, StringComparison.Ordinal),
            emulator.Requests.Single(r => r.Path == "/card/paygiftcard/add").BodyText);

        // A merchant id another rule holds over the same period: errcode 0, surfaced in fail_mchid_list.
        var partial = await client.AddPayGiftCardRuleAsync(Rule(cardId, ["1900000002", "1900000003"]));
        Assert.Equal(["1900000003"], partial.SuccMchIdList!);
        var failure = Assert.Single(partial.FailMchIdList!);
        Assert.Equal(("1900000002", added.RuleId), (failure.MchId, failure.OccupyRuleId));
        Assert.Equal(client.AppId, failure.OccupyAppId);

        var read = (await client.GetPayGiftCardRuleAsync(new WeChatPayGiftCardRuleIdRequest { RuleId = added.RuleId })).RuleInfo!;
        Assert.Equal((cardId, 100L, 50000L), (read.MemberRule!.CardId, read.MemberRule.LeastCost, read.MemberRule.MaxCost));
        Assert.Equal((Begin, End, "RULE_STATUS_OK"), (read.BaseInfo!.BeginTime, read.BaseInfo.EndTime, read.BaseInfo.Status));
        Assert.NotNull(read.BaseInfo.CreateTime);
        Assert.Equal($$"""{"rule_id":{{added.RuleId}}}""", emulator.Requests.Single(r => r.Path == "/card/paygiftcard/getbyid").BodyText);

        var page = await client.BatchGetPayGiftCardRulesAsync(new WeChatBatchGetPayGiftCardRulesRequest { Count = 1 });
        Assert.Equal(2, page.TotalCount);
        Assert.Equal(added.RuleId, Assert.Single(page.RuleList!).RuleId);
        Assert.Equal("""{"type":"RULE_TYPE_PAY_MEMBER_CARD","offset":0,"count":1}""", emulator.Requests.Single(r => r.Path == "/card/paygiftcard/batchget").BodyText);
        Assert.Equal(0, (await client.BatchGetPayGiftCardRulesAsync(new WeChatBatchGetPayGiftCardRulesRequest { Effective = true })).TotalCount);

        // Replace = delete, then add: a new id, and the old one is gone.
        var replaced = await client.ReplacePayGiftCardRuleAsync(added.RuleId!.Value, Rule(cardId, ["1900000001", "1900000002"], leastCost: 200));
        Assert.NotEqual(added.RuleId, replaced.RuleId);
        Assert.Equal(["1900000001", "1900000002"], replaced.SuccMchIdList!);
        var gone = await Assert.ThrowsAsync<MemberCardsApiException>(() => client.GetPayGiftCardRuleAsync(new WeChatPayGiftCardRuleIdRequest { RuleId = added.RuleId }));
        Assert.Equal("40097", gone.ErrorCode);
        Assert.Equal(200, (await client.GetPayGiftCardRuleAsync(new WeChatPayGiftCardRuleIdRequest { RuleId = replaced.RuleId })).RuleInfo!.MemberRule!.LeastCost);

        await client.DeletePayGiftCardRuleAsync(new WeChatPayGiftCardRuleIdRequest { RuleId = replaced.RuleId });
        await client.DeletePayGiftCardRuleAsync(new WeChatPayGiftCardRuleIdRequest { RuleId = partial.RuleId });
        Assert.Equal(0, (await client.BatchGetPayGiftCardRulesAsync(new WeChatBatchGetPayGiftCardRulesRequest())).TotalCount);
    }

    [Fact]
    public async Task A_replacement_whose_add_fails_after_the_delete_says_the_rule_is_gone()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);
        var client = sdk.GetRequiredService<IWeChatCardClient>();
        var cardId = (await client.CreateMemberCardAsync(new WeChatCreateMemberCardRequest { MemberCard = SampleCards.Valid() })).CardId!;
        var ruleId = (await client.AddPayGiftCardRuleAsync(Rule(cardId, ["1900000001"]))).RuleId!.Value;

        // The replacement names a card WeChat does not know: the delete went through, the add is refused (40073).
        var ex = await Assert.ThrowsAsync<MemberCardsException>(() => client.ReplacePayGiftCardRuleAsync(ruleId, Rule("pUnknownCard", ["1900000001"])));

        Assert.Contains($"rule {ruleId} was deleted", ex.Message, StringComparison.Ordinal);
        Assert.Equal("40073", Assert.IsType<MemberCardsApiException>(ex.InnerException).ErrorCode);
        Assert.Equal(0, (await client.BatchGetPayGiftCardRulesAsync(new WeChatBatchGetPayGiftCardRulesRequest())).TotalCount);
    }

    [Fact]
    public async Task A_replacement_of_a_rule_that_does_not_exist_adds_nothing()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);
        var client = sdk.GetRequiredService<IWeChatCardClient>();
        var cardId = (await client.CreateMemberCardAsync(new WeChatCreateMemberCardRequest { MemberCard = SampleCards.Valid() })).CardId!;

        var ex = await Assert.ThrowsAsync<MemberCardsApiException>(() => client.ReplacePayGiftCardRuleAsync(4242, Rule(cardId, ["1900000001"])));

        Assert.Equal("40097", ex.ErrorCode);
        Assert.DoesNotContain(emulator.Requests, r => r.Path == "/card/paygiftcard/add");
    }

    public static TheoryData<string, Func<IWeChatCardClient, Task>> BadRequests => new()
    {
        { "rule_info", c => c.AddPayGiftCardRuleAsync(new WeChatAddPayGiftCardRuleRequest()) },
        { "rule_info.type", c => c.AddPayGiftCardRuleAsync(new() { RuleInfo = new() { Type = "RULE_TYPE_SINGLE_PAY", BaseInfo = Rule("pCard", ["1"]).RuleInfo!.BaseInfo, MemberRule = Rule("pCard", ["1"]).RuleInfo!.MemberRule } }) },
        { "rule_info.base_info", c => c.AddPayGiftCardRuleAsync(new() { RuleInfo = new() { MemberRule = Rule("pCard", ["1"]).RuleInfo!.MemberRule } }) },
        { "rule_info.base_info.mchid_list", c => c.AddPayGiftCardRuleAsync(Rule("pCard", [])) },
        { "rule_info.base_info.mchid_list[1]", c => c.AddPayGiftCardRuleAsync(Rule("pCard", ["1", " "])) },
        { "rule_info.base_info.end_time", c => c.AddPayGiftCardRuleAsync(Rule("pCard", ["1"], begin: End, end: End)) },
        { "rule_info.member_rule", c => c.AddPayGiftCardRuleAsync(new() { RuleInfo = new() { BaseInfo = Rule("pCard", ["1"]).RuleInfo!.BaseInfo } }) },
        { "rule_info.member_rule.card_id", c => c.AddPayGiftCardRuleAsync(Rule(null, ["1"])) },
        { "rule_info.member_rule.least_cost", c => c.AddPayGiftCardRuleAsync(Rule("pCard", ["1"], leastCost: -1)) },
        { "rule_info.member_rule.max_cost", c => c.AddPayGiftCardRuleAsync(Rule("pCard", ["1"], leastCost: 60000)) },
        { "rule_info.member_rule.app_brand_id", c => c.AddPayGiftCardRuleAsync(Rule("pCard", ["1"], appBrandId: "gh_abc")) },
        { "rule_info.member_rule.app_brand_pass", c => c.AddPayGiftCardRuleAsync(Rule("pCard", ["1"], jumpUrl: null, appBrandPass: "pages/index")) },
        { "rule_id", c => c.DeletePayGiftCardRuleAsync(new WeChatPayGiftCardRuleIdRequest()) },
        { "rule_id", c => c.GetPayGiftCardRuleAsync(new WeChatPayGiftCardRuleIdRequest { RuleId = 0 }) },
        { "rule_id", c => c.ReplacePayGiftCardRuleAsync(-1, Rule("pCard", ["1"])) },
        { "rule_info.member_rule.card_id", c => c.ReplacePayGiftCardRuleAsync(1001, Rule(null, ["1"])) },
        { "type", c => c.BatchGetPayGiftCardRulesAsync(new WeChatBatchGetPayGiftCardRulesRequest { Type = null }) },
        { "offset", c => c.BatchGetPayGiftCardRulesAsync(new WeChatBatchGetPayGiftCardRulesRequest { Offset = -1 }) },
        { "count", c => c.BatchGetPayGiftCardRulesAsync(new WeChatBatchGetPayGiftCardRulesRequest { Count = 0 }) },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task A_request_outside_the_documented_limits_is_refused_before_sending(string field, Func<IWeChatCardClient, Task> call)
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);

        var ex = await Assert.ThrowsAsync<MemberCardsValidationException>(() => call(sdk.GetRequiredService<IWeChatCardClient>()));

        Assert.Equal(field, ex.FieldPath);
        Assert.DoesNotContain(emulator.Requests, r => r.Path.StartsWith("/card/", StringComparison.Ordinal));
    }

    private static WeChatAddPayGiftCardRuleRequest Rule(string? cardId, string[] mchIds, long leastCost = 100, long begin = Begin, long end = End, string? jumpUrl = "https://shop.example/member", string? appBrandId = null, string? appBrandPass = null) => new()
    {
        RuleInfo = new WeChatPayGiftCardRule
        {
            BaseInfo = new WeChatPayGiftCardBaseInfo { MchIdList = mchIds, BeginTime = begin, EndTime = end },
            MemberRule = new WeChatPayGiftCardMemberRule { CardId = cardId, LeastCost = leastCost, MaxCost = 50000, JumpUrl = jumpUrl, AppBrandId = appBrandId, AppBrandPass = appBrandPass },
        },
    };
}
