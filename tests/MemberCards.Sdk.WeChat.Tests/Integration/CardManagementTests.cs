using MemberCards.Sdk.WeChat.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChat.Tests.Integration;

public sealed class CardManagementTests
{
    [Fact]
    public async Task Review_update_codes_forms_and_deletion_work_after_pick_up()
    {
        await using var callback = await CallbackServer.StartAsync();
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync(configure: o => o.CallbackUrl = callback.Url);
        await using var sdk = WeChatTestHosts.Build(emulator);
        callback.Sdk = sdk;
        var client = sdk.GetRequiredService<IWeChatCardClient>();
        var cardId = (await client.CreateMemberCardAsync(new WeChatCreateMemberCardRequest { MemberCard = SampleCards.Valid() })).CardId!;

        var pending = await client.GetCardAsync(new WeChatCardIdRequest { CardId = cardId });
        Assert.Equal(WeChatCardStatus.NotVerified, pending.Card!.MemberCard!.BaseInfo!.Status);
        Assert.Equal("MEMBER_CARD", pending.Card.CardType);
        Assert.False(pending.Card.MemberCard.SupplyBalance);

        await emulator.ApproveCardAsync(cardId);
        var passed = Assert.IsType<WeChatCardPassCheckEvent>(Assert.Single(callback.Handled));
        Assert.Equal(cardId, passed.CardId);
        Assert.Equal(WeChatCardStatus.Verified, (await client.GetCardAsync(new WeChatCardIdRequest { CardId = cardId })).Card!.MemberCard!.BaseInfo!.Status);

        var update = await client.UpdateCardAsync(new WeChatUpdateCardRequest
        {
            CardId = cardId,
            MemberCard = new WeChatMemberCard { Prerogative = "会员享9折", BaseInfo = new WeChatCardBaseInfo { ServicePhone = "400-800-8000" } },
        });
        Assert.True(update.SendCheck);
        Assert.Equal("""{"card_id":"CARD","member_card":{"base_info":{"service_phone":"400-800-8000"},"prerogative":"会员享9折"}}""".Replace("CARD", cardId, StringComparison.Ordinal),
            Assert.Single(emulator.Requests, r => r.Path == "/card/update").BodyText);
        var read = await client.GetCardAsync(new WeChatCardIdRequest { CardId = cardId });
        Assert.Equal("400-800-8000", read.Card!.MemberCard!.BaseInfo!.ServicePhone);
        Assert.Equal("海底捞会员卡", read.Card.MemberCard.BaseInfo.Title);
        Assert.Equal(WeChatCardStatus.NotVerified, read.Card.MemberCard.BaseInfo.Status);
        await emulator.ApproveCardAsync(cardId);

        await client.SetActivateUserFormAsync(new WeChatSetActivateUserFormRequest
        {
            CardId = cardId,
            RequiredForm = new WeChatActivateForm { CanModify = false, CommonFields = [WeChatUserFormField.Mobile, WeChatUserFormField.Name] },
            OptionalForm = new WeChatActivateForm { RichFields = [new WeChatRichField { Type = WeChatRichFieldType.Radio, Name = "兴趣", Values = ["火锅", "烧烤"] }] },
        });
        Assert.Contains("\"common_field_id_list\":[\"USER_FORM_INFO_FLAG_MOBILE\",\"USER_FORM_INFO_FLAG_NAME\"]", emulator.Requests.Single(r => r.Path == "/card/membercard/activateuserform/set").BodyText, StringComparison.Ordinal);
        var temp = await client.GetActivateTempInfoAsync(new WeChatGetActivateTempInfoRequest { ActivateTicket = "fDZv9eMQAFfrNr3XBoqhb" });
        Assert.Contains(temp.Info!.CommonFields!, f => f.Name == "USER_FORM_INFO_FLAG_MOBILE");

        var qr = await client.CreateQrCodeAsync(WeChatCreateQrCodeRequest.ForCards([new WeChatQrCard { CardId = cardId, OuterStr = "multi" }]));
        var (member, _) = await emulator.ScanQrCodeAsync(qr.Ticket!, "oApproved");
        var code = await client.GetCodeAsync(new WeChatGetCodeRequest { Code = member.Code, CardId = cardId, CheckConsume = false });
        Assert.Equal(("oApproved", cardId, true, WeChatUserCardStatus.Normal, "multi"), (code.OpenId, code.Card!.CardId, code.CanConsume, code.UserCardStatus, code.OuterStr));

        var decrypted = await client.DecryptCodeAsync(new WeChatDecryptCodeRequest { EncryptCode = emulator.EncryptCode(member.Code) });
        Assert.Equal(member.Code, decrypted.Code);

        await client.MakeCodeUnavailableAsync(new WeChatMakeCodeUnavailableRequest { Code = member.Code, CardId = cardId, Reason = "会员注销" });
        Assert.Equal(WeChatUserCardStatus.Unavailable, (await client.GetCodeAsync(new WeChatGetCodeRequest { Code = member.Code })).UserCardStatus);
        var consumed = await Assert.ThrowsAsync<MemberCardsApiException>(() => client.GetCodeAsync(new WeChatGetCodeRequest { Code = member.Code, CheckConsume = true }));
        Assert.Equal("40127", consumed.ErrorCode);

        await client.DeleteCardAsync(new WeChatCardIdRequest { CardId = cardId });
        var afterDelete = await Assert.ThrowsAsync<MemberCardsApiException>(() => client.CreateQrCodeAsync(WeChatCreateQrCodeRequest.ForCard(new WeChatQrCard { CardId = cardId })));
        Assert.Equal("40078", afterDelete.ErrorCode);
    }

    [Fact]
    public async Task An_errcode_becomes_an_api_exception_with_errcode_errmsg_and_rid()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);

        var ex = await Assert.ThrowsAsync<MemberCardsApiException>(() => sdk.GetRequiredService<IWeChatCardClient>().GetCardAsync(new WeChatCardIdRequest { CardId = "pUnknown" }));

        Assert.Equal("WeChat", ex.Service);
        Assert.Equal(200, ex.StatusCode);
        Assert.Equal("40073", ex.ErrorCode);
        Assert.StartsWith("invalid card id rid: ", ex.ErrorMessage, StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$", ex.RequestId);
        Assert.Contains(ex.RequestId!, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_failure_is_an_outcome_unknown_exception_not_a_raw_http_error()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);
        var client = sdk.GetRequiredService<IWeChatCardClient>();
        await sdk.GetRequiredService<IWeChatAccessTokenProvider>().GetAccessTokenAsync();

        emulator.Host.Faults.Next(MemberCards.Sdk.Testing.Fault.Status(502), pathContains: "/card/membercard/updateuser");
        var bad = await Assert.ThrowsAsync<MemberCardsOutcomeUnknownException>(() => client.UpdateMemberAsync(new WeChatUpdateMemberRequest { Code = "1", CardId = "p", AddBonus = 1 }));
        Assert.Equal(502, bad.StatusCode);

        emulator.Host.Faults.Next(MemberCards.Sdk.Testing.Fault.NonJsonBody(), pathContains: "/card/get");
        await Assert.ThrowsAsync<MemberCardsFormatException>(() => client.GetCardAsync(new WeChatCardIdRequest { CardId = "p" }));
    }

    [Fact]
    public async Task An_answer_cut_off_half_way_is_a_transport_failure_and_a_write_is_outcome_unknown()
    {
        // The socket cuts the body off before its Content-Length: the read inside the pipeline fails, nothing is parsed.
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);
        var client = sdk.GetRequiredService<IWeChatCardClient>();

        emulator.Host.Faults.Next(MemberCards.Sdk.Testing.Fault.TruncatedBody(), pathContains: "/card/membercard/updateuser");
        var ex = await Assert.ThrowsAsync<MemberCardsOutcomeUnknownException>(() => client.UpdateMemberAsync(new WeChatUpdateMemberRequest { Code = "1", CardId = "p", AddBonus = 1 }));

        Assert.Null(ex.StatusCode);
        Assert.IsType<HttpRequestException>(ex.InnerException);
    }
}
