using MemberCards.Sdk.WeChat.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChat.Tests.Integration;

/// <summary>Issue 20: custom-code import (card/code/deposit, getdepositcount, checkcode) split into calls of 100, through DI against the emulator over HTTP.</summary>
public sealed class CodeDepositTests
{
    [Fact]
    public async Task Codes_are_deposited_in_calls_of_100_checked_counted_and_handed_out_by_pick_ups()
    {
        await using var callback = await CallbackServer.StartAsync();
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync(configure: o => o.CallbackUrl = callback.Url);
        await using var sdk = WeChatTestHosts.Build(emulator);
        callback.Sdk = sdk;
        var client = sdk.GetRequiredService<IWeChatCardClient>();
        var cardId = (await client.CreateMemberCardAsync(new WeChatCreateMemberCardRequest { MemberCard = SampleCards.Valid(useCustomCode: true, customCodeMode: "GET_CUSTOM_CODE_MODE_DEPOSIT", quantity: 0) })).CardId!;
        await emulator.ApproveCardAsync(cardId);
        var codes = Enumerable.Range(0, 250).Select(i => "C" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        var deposit = await client.DepositCodesAsync(new WeChatCardCodesRequest { CardId = cardId, Codes = codes });

        var calls = emulator.Requests.Where(r => r.Path == "/card/code/deposit").Select(r => r.BodyText).ToList();
        Assert.Equal([100, 100, 50], calls.Select(c => System.Text.Json.JsonDocument.Parse(c).RootElement.GetProperty("code").GetArrayLength()));
        Assert.StartsWith($$"""{"card_id":"{{cardId}}","code":["C00200","C00201",""", calls[2], StringComparison.Ordinal);
        Assert.Equal(codes, deposit.SuccCode!);
        Assert.Empty(deposit.DuplicateCode!);
        Assert.Empty(deposit.FailCode!);

        var again = await client.DepositCodesAsync(new WeChatCardCodesRequest { CardId = cardId, Codes = ["C00001", "N00001"] });
        Assert.Equal(["N00001"], again.SuccCode!);
        Assert.Equal(["C00001"], again.DuplicateCode!);
        Assert.Equal(251, (await client.GetDepositCountAsync(new WeChatCardIdRequest { CardId = cardId })).Count);

        var check = await client.CheckCodesAsync(new WeChatCardCodesRequest { CardId = cardId, Codes = ["C00000", "X00000"] });
        Assert.Equal(["C00000"], check.ExistCode!);
        Assert.Equal(["X00000"], check.NotExistCode!);
        Assert.Equal($$"""{"card_id":"{{cardId}}","code":["C00000","X00000"]}""", emulator.Requests.Single(r => r.Path == "/card/code/checkcode").BodyText);

        // The stock is 0 until set to at most the codes imported; a pick-up then receives the first deposited code.
        await client.ModifyStockAsync(new WeChatModifyStockRequest { CardId = cardId, IncreaseStockValue = 251 });
        var qr = await client.CreateQrCodeAsync(WeChatCreateQrCodeRequest.ForCard(new WeChatQrCard { CardId = cardId }));
        var (member, _) = await emulator.ScanQrCodeAsync(qr.Ticket!, "oDeposit");
        Assert.Equal("C00000", member.Code);
        Assert.Equal(250, (await client.GetDepositCountAsync(new WeChatCardIdRequest { CardId = cardId })).Count);
    }

    public static TheoryData<string, WeChatCardCodesRequest> BadRequests => new()
    {
        { "card_id", new WeChatCardCodesRequest { Codes = ["C1"] } },
        { "code", new WeChatCardCodesRequest { CardId = "pCard" } },
        { "code", new WeChatCardCodesRequest { CardId = "pCard", Codes = [] } },
        { "code[1]", new WeChatCardCodesRequest { CardId = "pCard", Codes = ["C1", " "] } },
        { "code[0]", new WeChatCardCodesRequest { CardId = "pCard", Codes = [new string('9', 21)] } },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task A_code_list_outside_the_limits_is_refused_before_any_call(string field, WeChatCardCodesRequest request)
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);
        var client = sdk.GetRequiredService<IWeChatCardClient>();

        Assert.Equal(field, (await Assert.ThrowsAsync<MemberCardsValidationException>(() => client.DepositCodesAsync(request))).FieldPath);
        Assert.Equal(field, (await Assert.ThrowsAsync<MemberCardsValidationException>(() => client.CheckCodesAsync(request))).FieldPath);
        Assert.DoesNotContain(emulator.Requests, r => r.Path.StartsWith("/card/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_bad_code_in_the_third_hundred_stops_the_import_before_the_first_call()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);
        var codes = Enumerable.Range(0, 250).Select(i => i == 230 ? string.Empty : "C" + i).ToArray();

        var ex = await Assert.ThrowsAsync<MemberCardsValidationException>(() => sdk.GetRequiredService<IWeChatCardClient>().DepositCodesAsync(new WeChatCardCodesRequest { CardId = "pCard", Codes = codes }));

        Assert.Equal("code[230]", ex.FieldPath);
        Assert.DoesNotContain(emulator.Requests, r => r.Path == "/card/code/deposit");
    }
}
