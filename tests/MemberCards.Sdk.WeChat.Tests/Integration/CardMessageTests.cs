using System.Globalization;
using MemberCards.Sdk.Testing.WeChat;
using MemberCards.Sdk.WeChat.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MemberCards.Sdk.WeChat.Tests.Integration;

/// <summary>
/// Issue 20: the card handed out in messages, through DI against the emulator over real HTTP: the customer-service
/// message (cgi-bin/message/custom/send, msgtype wxcard) inside and outside WeChat's 48-hour window, mass messages by
/// tag, to everyone and to an openid list, and the preview.
/// </summary>
public sealed class CardMessageTests
{
    private const string OpenId = "oFS7Fjl0WsZ9AMZqrI80nbIq8xrA";

    [Fact]
    public async Task A_customer_service_card_message_is_accepted_up_to_48_hours_after_the_users_last_interaction_and_refused_a_second_later()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 2, 0, 0, TimeSpan.Zero));
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync(clock);
        await using var sdk = WeChatTestHosts.Build(emulator, time: clock);
        var client = sdk.GetRequiredService<IWeChatCardClient>();
        var cardId = await CreateCardAsync(client);
        var message = new WeChatSendCardMessageRequest { ToUser = OpenId, WxCard = new WeChatCardMessage { CardId = cardId } };

        // The user opens the chat from the card: WeChat pushes user_enter_session_from_card, an interaction.
        await emulator.PushEventAsync(WeChatTestHosts.AppId, "user_enter_session_from_card", OpenId, [("CardId", cardId), ("UserCardCode", "110201201245")]);
        clock.Advance(WeChatConstants.CustomerServiceWindow);
        await client.SendCardMessageAsync(message);

        clock.Advance(TimeSpan.FromSeconds(1));
        var refused = await Assert.ThrowsAsync<WeChatCustomerServiceWindowException>(() => client.SendCardMessageAsync(message));

        Assert.Equal($$$"""{"touser":"{{{OpenId}}}","msgtype":"wxcard","wxcard":{"card_id":"{{{cardId}}}"}}""", emulator.Requests.First(r => r.Path == "/cgi-bin/message/custom/send").BodyText);
        Assert.Equal("45015", refused.ErrorCode);
        Assert.StartsWith("response out of time limit or subscription is canceled", refused.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("48-hour customer-service window", refused.Message, StringComparison.Ordinal);
        Assert.NotNull(refused.RequestId);
        var sent = Assert.Single(emulator.Messages);
        Assert.Equal(("/cgi-bin/message/custom/send", cardId, OpenId), (sent.Path, sent.CardId, Assert.Single(sent.Recipients)));
    }

    [Fact]
    public async Task A_user_gets_the_quota_of_customer_service_messages_per_interaction_then_45047_until_the_next_one()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync(configure: o => o.CustomerServiceMessagesPerInteraction = 3);
        await using var sdk = WeChatTestHosts.Build(emulator);
        var client = sdk.GetRequiredService<IWeChatCardClient>();
        var cardId = await CreateCardAsync(client);
        var message = new WeChatSendCardMessageRequest { ToUser = OpenId, WxCard = new WeChatCardMessage { CardId = cardId } };
        emulator.RecordInteraction(WeChatTestHosts.AppId, OpenId);
        emulator.RecordInteraction(WeChatTestHosts.AppId, "oOtherUser");

        for (var i = 0; i < 3; i++)
        {
            await client.SendCardMessageAsync(message);
        }

        var refused = await Assert.ThrowsAsync<MemberCardsApiException>(() => client.SendCardMessageAsync(message));
        Assert.IsNotType<WeChatCustomerServiceWindowException>(refused);
        Assert.Equal(WeChatErrorCodes.CustomerServiceQuotaExceeded.ToString(CultureInfo.InvariantCulture), refused.ErrorCode);
        Assert.StartsWith("out of response count limit", refused.ErrorMessage, StringComparison.Ordinal);

        // The quota is per user, and a new interaction starts a new count.
        await client.SendCardMessageAsync(new WeChatSendCardMessageRequest { ToUser = "oOtherUser", WxCard = new WeChatCardMessage { CardId = cardId } });
        emulator.RecordInteraction(WeChatTestHosts.AppId, OpenId);
        await client.SendCardMessageAsync(message);
        Assert.Equal(5, emulator.Messages.Count);
    }

    [Fact]
    public async Task Mass_sends_past_the_accounts_quota_are_answered_45028_and_previews_do_not_count()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync(configure: o => o.MassSendQuota = 2);
        await using var sdk = WeChatTestHosts.Build(emulator);
        var client = sdk.GetRequiredService<IWeChatCardClient>();
        var card = new WeChatCardMessage { CardId = await CreateCardAsync(client) };

        await client.PreviewCardMessageAsync(new WeChatPreviewCardMessageRequest { ToUser = OpenId, WxCard = card });
        await client.MassSendCardAsync(new WeChatMassSendCardRequest { Filter = new WeChatMassFilter { IsToAll = true }, WxCard = card });
        await client.MassSendCardToUsersAsync(new WeChatMassSendCardToUsersRequest { ToUser = [OpenId, "oSecondUser"], WxCard = card });
        var refused = await Assert.ThrowsAsync<MemberCardsApiException>(() => client.MassSendCardAsync(new WeChatMassSendCardRequest { Filter = new WeChatMassFilter { TagId = 2 }, WxCard = card }));
        await client.PreviewCardMessageAsync(new WeChatPreviewCardMessageRequest { ToUser = OpenId, WxCard = card });

        Assert.Equal(WeChatErrorCodes.MassQuotaExhausted.ToString(CultureInfo.InvariantCulture), refused.ErrorCode);
        Assert.Equal(4, emulator.Messages.Count);
    }

    [Fact]
    public async Task A_user_who_never_interacted_is_refused_and_the_control_route_opens_the_window()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);
        var client = sdk.GetRequiredService<IWeChatCardClient>();
        var cardId = await CreateCardAsync(client);
        var message = new WeChatSendCardMessageRequest { ToUser = "oNeverSeen", WxCard = new WeChatCardMessage { CardId = cardId } };

        await Assert.ThrowsAsync<WeChatCustomerServiceWindowException>(() => client.SendCardMessageAsync(message));
        using var http = new HttpClient();
        using (var nobody = await http.PostAsync(new Uri(emulator.BaseAddress, WeChatEmulator.InteractionPath), null))
        {
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, nobody.StatusCode);
        }

        using var opened = await http.PostAsync(new Uri(emulator.BaseAddress, WeChatEmulator.InteractionPath + "?openid=oNeverSeen"), null);
        opened.EnsureSuccessStatusCode();
        await client.SendCardMessageAsync(message);

        Assert.Equal("oNeverSeen", Assert.Single(Assert.Single(emulator.Messages).Recipients));
    }

    [Fact]
    public async Task A_pick_up_pushed_by_the_emulator_opens_the_window_and_an_unknown_card_is_answered_40073()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);
        var client = sdk.GetRequiredService<IWeChatCardClient>();
        var cardId = await CreateCardAsync(client);
        await emulator.ApproveCardAsync(cardId);
        var qr = await client.CreateQrCodeAsync(WeChatCreateQrCodeRequest.ForCard(new WeChatQrCard { CardId = cardId }));
        await emulator.ScanQrCodeAsync(qr.Ticket!, OpenId);

        await client.SendCardMessageAsync(new WeChatSendCardMessageRequest { ToUser = OpenId, WxCard = new WeChatCardMessage { CardId = cardId } });
        var unknown = await Assert.ThrowsAsync<MemberCardsApiException>(() => client.SendCardMessageAsync(new WeChatSendCardMessageRequest { ToUser = OpenId, WxCard = new WeChatCardMessage { CardId = "pNoSuchCard" } }));

        Assert.Equal("40073", unknown.ErrorCode);
        Assert.IsNotType<WeChatCustomerServiceWindowException>(unknown);
    }

    [Fact]
    public async Task Mass_messages_by_tag_to_everyone_and_to_a_list_and_a_preview_are_sent_as_documented_and_answered_with_their_ids()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);
        var client = sdk.GetRequiredService<IWeChatCardClient>();
        var cardId = await CreateCardAsync(client);
        var card = new WeChatCardMessage { CardId = cardId };
        emulator.Host.ClearRequests();

        var byTag = await client.MassSendCardAsync(new WeChatMassSendCardRequest { Filter = new WeChatMassFilter { TagId = 2 }, WxCard = card, ClientMsgId = "launch-2026-12" });
        var toAll = await client.MassSendCardAsync(new WeChatMassSendCardRequest { Filter = new WeChatMassFilter { IsToAll = true }, WxCard = card });
        var toList = await client.MassSendCardToUsersAsync(new WeChatMassSendCardToUsersRequest { ToUser = [OpenId, "oSecondUser"], WxCard = card });
        var preview = await client.PreviewCardMessageAsync(new WeChatPreviewCardMessageRequest { ToWxName = "tester_wx", WxCard = new WeChatCardMessage { CardId = cardId, CardExt = """{"code":"","openid":"","timestamp":"1700000000","signature":"abc"}""" } });

        Assert.Equal(
            [
                $$"""{"filter":{"is_to_all":false,"tag_id":2},"msgtype":"wxcard","wxcard":{"card_id":"{{cardId}}"},"clientmsgid":"launch-2026-12"}""",
                $$$"""{"filter":{"is_to_all":true},"msgtype":"wxcard","wxcard":{"card_id":"{{{cardId}}}"}}""",
                $$$"""{"touser":["{{{OpenId}}}","oSecondUser"],"msgtype":"wxcard","wxcard":{"card_id":"{{{cardId}}}"}}""",
                $$$"""{"towxname":"tester_wx","msgtype":"wxcard","wxcard":{"card_id":"{{{cardId}}}","card_ext":"{\"code\":\"\",\"openid\":\"\",\"timestamp\":\"1700000000\",\"signature\":\"abc\"}"}}""",
            ],
            emulator.Requests.Select(r => r.BodyText));
        Assert.Equal(
            ["/cgi-bin/message/mass/sendall", "/cgi-bin/message/mass/sendall", "/cgi-bin/message/mass/send", "/cgi-bin/message/mass/preview"],
            emulator.Requests.Select(r => r.Path));
        Assert.Equal([byTag.MsgId, toAll.MsgId, toList.MsgId, preview.MsgId], emulator.Messages.Select(m => m.MsgId));
        Assert.Equal(4, new[] { byTag.MsgId, toAll.MsgId, toList.MsgId, preview.MsgId }.Distinct().Count());
        Assert.NotNull(byTag.MsgDataId);
        Assert.NotNull(toList.MsgDataId);
        Assert.Null(preview.MsgDataId);
        Assert.Equal([["tag:2"], ["all"], [OpenId, "oSecondUser"], ["tester_wx"]], emulator.Messages.Select(m => m.Recipients.ToArray()));
    }

    [Fact]
    public async Task A_mass_send_repeating_its_clientmsgid_is_refused_45065()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);
        var client = sdk.GetRequiredService<IWeChatCardClient>();
        var request = new WeChatMassSendCardRequest { Filter = new WeChatMassFilter { IsToAll = true }, WxCard = new WeChatCardMessage { CardId = await CreateCardAsync(client) }, ClientMsgId = "once" };
        await client.MassSendCardAsync(request);

        var again = await Assert.ThrowsAsync<MemberCardsApiException>(() => client.MassSendCardAsync(request));

        Assert.Equal(WeChatErrorCodes.DuplicateClientMsgId.ToString(System.Globalization.CultureInfo.InvariantCulture), again.ErrorCode);
        Assert.Single(emulator.Messages);
    }

    public static TheoryData<string, Func<IWeChatCardClient, Task>> BadRequests => new()
    {
        { "touser", c => c.SendCardMessageAsync(new WeChatSendCardMessageRequest { WxCard = new WeChatCardMessage { CardId = "pCard" } }) },
        { "wxcard", c => c.SendCardMessageAsync(new WeChatSendCardMessageRequest { ToUser = OpenId }) },
        { "wxcard.card_id", c => c.SendCardMessageAsync(new WeChatSendCardMessageRequest { ToUser = OpenId, WxCard = new WeChatCardMessage() }) },
        { "wxcard.card_ext", c => c.SendCardMessageAsync(new WeChatSendCardMessageRequest { ToUser = OpenId, WxCard = new WeChatCardMessage { CardId = "pCard", CardExt = " " } }) },
        { "filter", c => c.MassSendCardAsync(new WeChatMassSendCardRequest { WxCard = new WeChatCardMessage { CardId = "pCard" } }) },
        { "filter.tag_id", c => c.MassSendCardAsync(new WeChatMassSendCardRequest { Filter = new WeChatMassFilter(), WxCard = new WeChatCardMessage { CardId = "pCard" } }) },
        { "filter.tag_id", c => c.MassSendCardAsync(new WeChatMassSendCardRequest { Filter = new WeChatMassFilter { TagId = -1 }, WxCard = new WeChatCardMessage { CardId = "pCard" } }) },
        { "clientmsgid", c => c.MassSendCardAsync(new WeChatMassSendCardRequest { Filter = new WeChatMassFilter { IsToAll = true }, WxCard = new WeChatCardMessage { CardId = "pCard" }, ClientMsgId = new string('x', 65) }) },
        { "touser", c => c.MassSendCardToUsersAsync(new WeChatMassSendCardToUsersRequest { ToUser = [OpenId], WxCard = new WeChatCardMessage { CardId = "pCard" } }) },
        { "touser", c => c.MassSendCardToUsersAsync(new WeChatMassSendCardToUsersRequest { ToUser = [.. Enumerable.Range(0, 10_001).Select(i => "o" + i)], WxCard = new WeChatCardMessage { CardId = "pCard" } }) },
        { "touser[1]", c => c.MassSendCardToUsersAsync(new WeChatMassSendCardToUsersRequest { ToUser = [OpenId, ""], WxCard = new WeChatCardMessage { CardId = "pCard" } }) },
        { "touser", c => c.PreviewCardMessageAsync(new WeChatPreviewCardMessageRequest { WxCard = new WeChatCardMessage { CardId = "pCard" } }) },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task A_message_outside_the_documented_limits_is_refused_before_sending(string field, Func<IWeChatCardClient, Task> call)
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);

        var ex = await Assert.ThrowsAsync<MemberCardsValidationException>(() => call(sdk.GetRequiredService<IWeChatCardClient>()));

        Assert.Equal(field, ex.FieldPath);
        Assert.DoesNotContain(emulator.Requests, r => r.Path.StartsWith("/cgi-bin/message/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ten_thousand_openids_are_accepted_and_sent_in_one_call()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);
        var client = sdk.GetRequiredService<IWeChatCardClient>();
        var users = Enumerable.Range(0, 10_000).Select(i => "oUser" + i.ToString("D23", System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        await client.MassSendCardToUsersAsync(new WeChatMassSendCardToUsersRequest { ToUser = users, WxCard = new WeChatCardMessage { CardId = await CreateCardAsync(client) } });

        Assert.Equal(users, Assert.Single(emulator.Messages).Recipients);
    }

    [Fact]
    public async Task A_card_whose_codes_the_merchant_assigns_cannot_go_out_in_a_message_and_one_in_deposit_mode_can()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);
        var client = sdk.GetRequiredService<IWeChatCardClient>();
        var ownCodes = await CreateCardAsync(client, useCustomCode: true);
        var deposited = await CreateCardAsync(client, useCustomCode: true, WeChatConstants.CustomCodeDepositMode);
        await emulator.PushEventAsync(WeChatTestHosts.AppId, "user_enter_session_from_card", OpenId, [("CardId", deposited), ("UserCardCode", "110201201245")]);

        var direct = await Assert.ThrowsAsync<MemberCardsApiException>(() => client.SendCardMessageAsync(new WeChatSendCardMessageRequest { ToUser = OpenId, WxCard = new WeChatCardMessage { CardId = ownCodes } }));
        var mass = await Assert.ThrowsAsync<MemberCardsApiException>(() => client.MassSendCardAsync(new WeChatMassSendCardRequest { Filter = new WeChatMassFilter { IsToAll = true }, WxCard = new WeChatCardMessage { CardId = ownCodes } }));
        await client.SendCardMessageAsync(new WeChatSendCardMessageRequest { ToUser = OpenId, WxCard = new WeChatCardMessage { CardId = deposited } });

        Assert.Equal("40072", direct.ErrorCode);
        Assert.Equal("40072", mass.ErrorCode);
        Assert.Contains("deposited", direct.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(deposited, Assert.Single(emulator.Messages).CardId);
    }

    private static async Task<string> CreateCardAsync(IWeChatCardClient client, bool useCustomCode = false, string? customCodeMode = null)
        => (await client.CreateMemberCardAsync(new WeChatCreateMemberCardRequest { MemberCard = SampleCards.Valid(useCustomCode: useCustomCode, customCodeMode: customCodeMode) })).CardId!;
}
