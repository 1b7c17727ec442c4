using System.Text.Json;
using MemberCards.Sdk.Testing.WeChat;
using MemberCards.Sdk.WeChat.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChat.Tests.Integration;

/// <summary>
/// Issue 20: 支付即会员 end to end. A rule added through the SDK, a WeChat Pay payment simulated through the emulator's
/// control route (POST /_emulator/wechat/pay), and the host's dispatcher receiving user_pay_from_pay_cell and
/// user_get_card with the code the emulator issued.
/// </summary>
public sealed class PayGiftCardPaymentTests
{
    private const string MchId = "1900000109";
    private const string Payer = "oPayer000000000000000000001";

    [Fact]
    public async Task A_payment_the_rule_covers_issues_the_card_and_the_dispatcher_receives_both_events_with_its_code()
    {
        await using var callback = await CallbackServer.StartAsync();
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync(configure: o => o.CallbackUrl = callback.Url);
        await using var sdk = WeChatTestHosts.Build(emulator);
        callback.Sdk = sdk;
        var client = sdk.GetRequiredService<IWeChatCardClient>();
        var cardId = await ApprovedCardAsync(client, emulator);
        var rule = await client.AddPayGiftCardRuleAsync(Rule(cardId));

        using var answer = await PayAsync(emulator, amount: 8800);

        var root = answer.RootElement;
        Assert.True(root.GetProperty("issued").GetBoolean());
        Assert.Equal(rule.RuleId, root.GetProperty("rule_id").GetInt64());
        var code = root.GetProperty("user_card_code").GetString();
        var issued = callback.Handled.Where(e => e is not WeChatCardPassCheckEvent).ToList();
        Assert.Equal(2, issued.Count);
        var pay = Assert.IsType<WeChatUserPayFromPayCellEvent>(issued[0]);
        var got = Assert.IsType<WeChatUserGetCardEvent>(issued[1]);
        Assert.Equal((cardId, code, Payer, 8800L), (pay.CardId, pay.UserCardCode, pay.FromUserName, pay.Fee));
        Assert.Equal(root.GetProperty("transaction_id").GetString(), pay.TransId);
        Assert.Equal((cardId, code, Payer), (got.CardId, got.UserCardCode, got.FromUserName));
        Assert.Empty(callback.Rejections);
        Assert.Equal(Payer, emulator.FindMember(code!)!.OpenId);
        Assert.Equal(49_999_999, (await client.GetCardAsync(new WeChatCardIdRequest { CardId = cardId })).Card!.MemberCard!.BaseInfo!.Sku!.Quantity);
    }

    [Theory]
    [InlineData(99)]
    [InlineData(50_001)]
    public async Task A_payment_outside_the_rules_amount_range_issues_nothing(long amount)
    {
        await using var callback = await CallbackServer.StartAsync();
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync(configure: o => o.CallbackUrl = callback.Url);
        await using var sdk = WeChatTestHosts.Build(emulator);
        callback.Sdk = sdk;
        var client = sdk.GetRequiredService<IWeChatCardClient>();
        var cardId = await ApprovedCardAsync(client, emulator);
        await client.AddPayGiftCardRuleAsync(Rule(cardId));
        var pushesBefore = emulator.Pushes.Count;

        using var answer = await PayAsync(emulator, amount);

        Assert.False(answer.RootElement.GetProperty("issued").GetBoolean());
        Assert.False(answer.RootElement.TryGetProperty("user_card_code", out _));
        Assert.Equal(pushesBefore, emulator.Pushes.Count);
        Assert.DoesNotContain(callback.Handled, e => e is WeChatUserGetCardEvent or WeChatUserPayFromPayCellEvent);
        Assert.Equal(50_000_000, (await client.GetCardAsync(new WeChatCardIdRequest { CardId = cardId })).Card!.MemberCard!.BaseInfo!.Sku!.Quantity);
    }

    [Fact]
    public async Task A_payer_who_already_holds_the_card_is_not_issued_a_second_one_and_another_merchant_matches_no_rule()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);
        var client = sdk.GetRequiredService<IWeChatCardClient>();
        var cardId = await ApprovedCardAsync(client, emulator);
        var rule = await client.AddPayGiftCardRuleAsync(Rule(cardId));

        var first = await emulator.PayAsync(MchId, Payer, 1000);
        var second = await emulator.PayAsync(MchId, Payer, 1000);
        var elsewhere = await emulator.PayAsync("1900000999", Payer, 1000);

        Assert.NotNull(first.Member);
        Assert.Equal(2, first.Pushes.Count);
        Assert.Equal((rule.RuleId, (WeChatEmulatorMember?)null), (second.RuleId, second.Member));
        Assert.Empty(second.Pushes);
        Assert.Null(elsewhere.RuleId);
        Assert.Single((await client.GetUserCardListAsync(new WeChatGetUserCardListRequest { OpenId = Payer })).CardList!);
    }

    [Fact]
    public async Task A_rule_whose_card_cannot_be_issued_is_answered_409_and_a_payment_without_merchant_400()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);
        var client = sdk.GetRequiredService<IWeChatCardClient>();
        var unreviewed = (await client.CreateMemberCardAsync(new WeChatCreateMemberCardRequest { MemberCard = SampleCards.Valid() })).CardId!;
        await client.AddPayGiftCardRuleAsync(Rule(unreviewed));
        using var http = new HttpClient();

        using var refused = await http.PostAsync(new Uri(emulator.BaseAddress, $"{WeChatEmulator.PaymentPath}?mchid={MchId}&openid={Payer}&amount=1000"), null);
        using var incomplete = await http.PostAsync(new Uri(emulator.BaseAddress, $"{WeChatEmulator.PaymentPath}?openid={Payer}&amount=1000"), null);

        Assert.Equal(System.Net.HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("has not passed review", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, incomplete.StatusCode);
        Assert.Empty(emulator.Pushes);
    }

    private static async Task<JsonDocument> PayAsync(WeChatEmulator emulator, long amount)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(new Uri(emulator.BaseAddress, $"{WeChatEmulator.PaymentPath}?mchid={MchId}&openid={Payer}&amount={amount}"), null);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> ApprovedCardAsync(IWeChatCardClient client, WeChatEmulator emulator)
    {
        var cardId = (await client.CreateMemberCardAsync(new WeChatCreateMemberCardRequest { MemberCard = SampleCards.Valid() })).CardId!;
        await emulator.ApproveCardAsync(cardId);
        return cardId;
    }

    private static WeChatAddPayGiftCardRuleRequest Rule(string cardId)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return new()
        {
            RuleInfo = new WeChatPayGiftCardRule
            {
                BaseInfo = new WeChatPayGiftCardBaseInfo { MchIdList = [MchId], BeginTime = now - 3600, EndTime = now + 86_400 },
                MemberRule = new WeChatPayGiftCardMemberRule { CardId = cardId, LeastCost = 100, MaxCost = 50_000, JumpUrl = "https://shop.example/member" },
            },
        };
    }
}
