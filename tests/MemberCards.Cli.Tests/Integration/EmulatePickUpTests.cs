using System.Net;
using System.Text.Json;
using MemberCards.Sdk;
using MemberCards.Sdk.WeChat;

namespace MemberCards.Cli.Tests.Integration;

/// <summary>
/// <c>membercards emulate</c> finishes the card story from outside the process: a user picks the card up through a
/// control route (by QR ticket or card_id), the emulator issues the code, records it and pushes <c>user_get_card</c>
/// with it, and the host's activation of that code succeeds (it is not 40056).
/// </summary>
public sealed class EmulatePickUpTests
{
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task A_card_picked_up_through_the_control_route_pushes_an_issued_code_that_the_host_activates()
    {
        // The host's side of the story: a card, a white-listed tester (the card is not reviewed yet), a QR code.
        await using var run = await EmulatedCard.StartAsync("membercards-cli-pick-up-", "oTester0001");
        var (receiver, cli, emulator, weChat, cardId) = (run.Receiver, run.Cli, run.Emulator, run.WeChat, run.CardId);
        var qr = await weChat.CreateQrCodeAsync(WeChatCreateQrCodeRequest.ForCard(new WeChatQrCard { CardId = cardId, OuterStr = "cli" }));

        // The tester scans it: the answer and the push carry the same, issued code.
        using var scanned = await PostAsync(new Uri(emulator, $"_emulator/wechat/pick-up?ticket={Uri.EscapeDataString(qr.Ticket!)}&openid=oTester0001"), HttpStatusCode.OK);
        var code = scanned.RootElement.GetProperty("user_card_code").GetString()!;
        Assert.Matches("^[0-9]{12}$", code);
        Assert.Equal(cardId, scanned.RootElement.GetProperty("card_id").GetString());
        Assert.Equal("oTester0001", scanned.RootElement.GetProperty("openid").GetString());
        Assert.Equal(new Uri(receiver.BaseAddress, "wechat").ToString(), scanned.RootElement.GetProperty("delivered_to").GetString());
        Assert.Equal(200, scanned.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("success", scanned.RootElement.GetProperty("answer").GetString());
        var push = Assert.Single(receiver.Requests, r => r.Path == "/wechat");
        Assert.Contains("<FromUserName><![CDATA[oTester0001]]></FromUserName>", push.BodyText, StringComparison.Ordinal);
        Assert.Contains("<Event><![CDATA[user_get_card]]></Event>", push.BodyText, StringComparison.Ordinal);
        Assert.Contains($"<CardId><![CDATA[{cardId}]]></CardId><IsGiveByFriend><![CDATA[0]]></IsGiveByFriend><UserCardCode><![CDATA[{code}]]></UserCardCode>", push.BodyText, StringComparison.Ordinal);
        Assert.Contains("<OuterStr><![CDATA[cli]]></OuterStr>", push.BodyText, StringComparison.Ordinal);

        // What a user_get_card handler does next: activate the pushed code. It succeeds (no 40056).
        await weChat.ActivateMemberCardAsync(new WeChatActivateMemberCardRequest { CardId = cardId, Code = code, MembershipNumber = "M" + code, InitBonus = 100 });
        var member = await weChat.GetMemberInfoAsync(new WeChatGetMemberInfoRequest { CardId = cardId, Code = code });
        Assert.Equal(("oTester0001", "M" + code, 100L, true), (member.OpenId, member.MembershipNumber, member.Bonus, member.HasActive));

        // Without a QR code (card_id), for a user who is not on the white-list: refused until the card passes review.
        using (var refused = await PostAsync(new Uri(emulator, $"_emulator/wechat/pick-up?card_id={cardId}&openid=oStranger01"), HttpStatusCode.Conflict))
        {
            Assert.Equal(
                "The card has not passed review and the user is not on the test white-list. White-list the openid (card/testwhitelist/set) or approve the card (POST /_emulator/wechat/cards/{card_id}/approve).",
                refused.RootElement.GetProperty("error").GetString());
        }

        using (var approved = await PostAsync(new Uri(emulator, $"_emulator/wechat/cards/{cardId}/approve"), HttpStatusCode.OK))
        {
            Assert.Equal(cardId, approved.RootElement.GetProperty("card_id").GetString());
        }

        Assert.Contains($"<Event><![CDATA[card_pass_check]]></Event><CardId><![CDATA[{cardId}]]></CardId>", receiver.Requests[^1].BodyText, StringComparison.Ordinal);
        using var picked = await PostAsync(new Uri(emulator, $"_emulator/wechat/pick-up?card_id={cardId}&openid=oStranger01"), HttpStatusCode.OK);
        var secondCode = picked.RootElement.GetProperty("user_card_code").GetString()!;
        Assert.NotEqual(code, secondCode);
        Assert.Contains($"<UserCardCode><![CDATA[{secondCode}]]></UserCardCode>", receiver.Requests[^1].BodyText, StringComparison.Ordinal);
        await weChat.ActivateMemberCardAsync(new WeChatActivateMemberCardRequest { CardId = cardId, Code = secondCode, MembershipNumber = "M" + secondCode });

        // Unknown cards and tickets are clear answers.
        using (var unknown = await PostAsync(new Uri(emulator, "_emulator/wechat/pick-up?card_id=pNOPE&openid=o1"), HttpStatusCode.Conflict))
        {
            Assert.StartsWith("The card_id is unknown.", unknown.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        }

        using (var both = await PostAsync(new Uri(emulator, $"_emulator/wechat/pick-up?card_id={cardId}&ticket=t&openid=o1"), HttpStatusCode.BadRequest))
        {
            Assert.Equal("give the card once: ticket=<card/qrcode/create ticket> or card_id=<card_id>", both.RootElement.GetProperty("error").GetString());
        }

        using (var notCreated = await PostAsync(new Uri(emulator, "_emulator/wechat/cards/pNOPE/approve"), HttpStatusCode.NotFound))
        {
            Assert.Equal("no WeChat card 'pNOPE' was created (card/create)", notCreated.RootElement.GetProperty("error").GetString());
        }

        Assert.Equal(ExitCodes.Success, await cli.StopAsync());
    }

    [Fact]
    public async Task A_payment_through_the_control_route_gives_the_pay_gift_card_and_pushes_both_events_with_its_code()
    {
        await using var run = await EmulatedCard.StartAsync("membercards-cli-pay-", "oPayer00001");
        var (receiver, cli, emulator, weChat, cardId) = (run.Receiver, run.Cli, run.Emulator, run.WeChat, run.CardId);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        await weChat.AddPayGiftCardRuleAsync(new WeChatAddPayGiftCardRuleRequest
        {
            RuleInfo = new WeChatPayGiftCardRule
            {
                BaseInfo = new WeChatPayGiftCardBaseInfo { MchIdList = ["1900000109"], BeginTime = now - 60, EndTime = now + 3600 },
                MemberRule = new WeChatPayGiftCardMemberRule { CardId = cardId, LeastCost = 100, MaxCost = 10_000, JumpUrl = "https://shop.example/member" },
            },
        });

        using (var small = await PostAsync(new Uri(emulator, "_emulator/wechat/pay?mchid=1900000109&openid=oPayer00001&amount=99"), HttpStatusCode.OK))
        {
            Assert.False(small.RootElement.GetProperty("issued").GetBoolean());
        }

        Assert.Empty(receiver.Requests);
        using var paid = await PostAsync(new Uri(emulator, "_emulator/wechat/pay?mchid=1900000109&openid=oPayer00001&amount=2500"), HttpStatusCode.OK);
        var code = paid.RootElement.GetProperty("user_card_code").GetString()!;
        Assert.Equal(cardId, paid.RootElement.GetProperty("card_id").GetString());
        Assert.Equal(["user_pay_from_pay_cell", "user_get_card"], paid.RootElement.GetProperty("pushes").EnumerateArray().Select(p => p.GetProperty("event").GetString()));
        Assert.Equal(2, receiver.Requests.Count);
        Assert.Contains($"<Event><![CDATA[user_pay_from_pay_cell]]></Event><CardId><![CDATA[{cardId}]]></CardId><UserCardCode><![CDATA[{code}]]></UserCardCode>", receiver.Requests[0].BodyText, StringComparison.Ordinal);
        Assert.Contains("<Fee><![CDATA[2500]]></Fee>", receiver.Requests[0].BodyText, StringComparison.Ordinal);
        Assert.Contains($"<Event><![CDATA[user_get_card]]></Event><CardId><![CDATA[{cardId}]]></CardId><IsGiveByFriend><![CDATA[0]]></IsGiveByFriend><UserCardCode><![CDATA[{code}]]></UserCardCode>", receiver.Requests[1].BodyText, StringComparison.Ordinal);

        using (var bad = await PostAsync(new Uri(emulator, "_emulator/wechat/pay?openid=oPayer00001&amount=1"), HttpStatusCode.BadRequest))
        {
            Assert.StartsWith("give the payment:", bad.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(ExitCodes.Success, await cli.StopAsync());
    }

    private static async Task<JsonDocument> PostAsync(Uri uri, HttpStatusCode expected)
    {
        using var response = await Http.PostAsync(uri, content: null);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{uri} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text);
    }
}
