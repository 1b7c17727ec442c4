using MemberCards.Sdk.WeChat.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChat.Tests.Integration;

/// <summary>Issue 20: a user's cards (card/user/getcardlist), pages of card ids (card/batchget) and stock (card/modifystock), through DI against the emulator over HTTP.</summary>
public sealed class CardListAndStockTests
{
    [Fact]
    public async Task A_users_cards_pages_of_card_ids_and_the_stock_that_pick_ups_consume()
    {
        await using var callback = await CallbackServer.StartAsync();
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync(configure: o => o.CallbackUrl = callback.Url);
        await using var sdk = WeChatTestHosts.Build(emulator);
        callback.Sdk = sdk;
        var client = sdk.GetRequiredService<IWeChatCardClient>();
        var first = (await client.CreateMemberCardAsync(new WeChatCreateMemberCardRequest { MemberCard = SampleCards.Valid() })).CardId!;
        var second = (await client.CreateMemberCardAsync(new WeChatCreateMemberCardRequest { MemberCard = SampleCards.Valid("第二张卡") })).CardId!;
        var third = (await client.CreateMemberCardAsync(new WeChatCreateMemberCardRequest { MemberCard = SampleCards.Valid("第三张卡") })).CardId!;
        await emulator.ApproveCardAsync(first);
        await emulator.ApproveCardAsync(second);
        await client.DeleteCardAsync(new WeChatCardIdRequest { CardId = third });

        // Stock: the sample's 50,000,000, then changed by modifystock and consumed by a pick-up.
        await client.ModifyStockAsync(new WeChatModifyStockRequest { CardId = first, ReduceStockValue = 49_999_999 });
        Assert.Equal("""{"card_id":"CARD","reduce_stock_value":49999999}""".Replace("CARD", first, StringComparison.Ordinal), emulator.Requests.Single(r => r.Path == "/card/modifystock").BodyText);
        Assert.Equal(1, await StockAsync(client, first));
        var qr = await client.CreateQrCodeAsync(WeChatCreateQrCodeRequest.ForCard(new WeChatQrCard { CardId = first }));
        var (member, _) = await emulator.ScanQrCodeAsync(qr.Ticket!, "oHolder");
        Assert.Equal(0, await StockAsync(client, first));
        await Assert.ThrowsAsync<InvalidOperationException>(() => emulator.ScanQrCodeAsync(qr.Ticket!, "oLate"));
        var tooMuch = await Assert.ThrowsAsync<MemberCardsApiException>(() => client.ModifyStockAsync(new WeChatModifyStockRequest { CardId = first, ReduceStockValue = 1 }));
        Assert.Equal("40122", tooMuch.ErrorCode);
        await client.ModifyStockAsync(new WeChatModifyStockRequest { CardId = first, IncreaseStockValue = 10 });
        Assert.Equal(10, await StockAsync(client, first));

        // The holder's cards, all of them or of one card.
        var held = await client.GetUserCardListAsync(new WeChatGetUserCardListRequest { OpenId = "oHolder" });
        var card = Assert.Single(held.CardList!);
        Assert.Equal((member.Code, first, false), (card.Code, card.CardId, held.HasShareCard));
        Assert.Equal("""{"openid":"oHolder"}""", emulator.Requests.Single(r => r.Path == "/card/user/getcardlist").BodyText);
        Assert.Empty((await client.GetUserCardListAsync(new WeChatGetUserCardListRequest { OpenId = "oHolder", CardId = second })).CardList!);

        // Pages of card ids: deleted cards only when asked for by state.
        var page = await client.BatchGetCardsAsync(new WeChatBatchGetCardsRequest { Offset = 0, Count = 1 });
        Assert.Equal([first], page.CardIdList!);
        Assert.Equal(2, page.TotalNum);
        Assert.Equal("""{"offset":0,"count":1}""", emulator.Requests.First(r => r.Path == "/card/batchget").BodyText);
        var next = await client.BatchGetCardsAsync(new WeChatBatchGetCardsRequest { Offset = 1, Count = 1 });
        Assert.Equal([second], next.CardIdList!);
        var deleted = await client.BatchGetCardsAsync(new WeChatBatchGetCardsRequest { StatusList = [WeChatCardStatus.Deleted] });
        Assert.Equal([third], deleted.CardIdList!);
        Assert.Contains("\"status_list\":[\"CARD_STATUS_DELETE\"]", emulator.Requests.Last(r => r.Path == "/card/batchget").BodyText, StringComparison.Ordinal);
    }

    private static async Task<long?> StockAsync(IWeChatCardClient client, string cardId)
        => (await client.GetCardAsync(new WeChatCardIdRequest { CardId = cardId })).Card!.MemberCard!.BaseInfo!.Sku!.Quantity;

    public static TheoryData<string, Func<IWeChatCardClient, Task>> BadRequests => new()
    {
        { "openid", c => c.GetUserCardListAsync(new WeChatGetUserCardListRequest { CardId = "pCard" }) },
        { "card_id", c => c.GetUserCardListAsync(new WeChatGetUserCardListRequest { OpenId = "o1", CardId = new string('p', 33) }) },
        { "count", c => c.BatchGetCardsAsync(new WeChatBatchGetCardsRequest { Count = 51 }) },
        { "count", c => c.BatchGetCardsAsync(new WeChatBatchGetCardsRequest { Count = 0 }) },
        { "offset", c => c.BatchGetCardsAsync(new WeChatBatchGetCardsRequest { Offset = -1 }) },
        { "status_list", c => c.BatchGetCardsAsync(new WeChatBatchGetCardsRequest { StatusList = [WeChatCardStatus.Unknown] }) },
        { "card_id", c => c.ModifyStockAsync(new WeChatModifyStockRequest { IncreaseStockValue = 1 }) },
        { "increase_stock_value", c => c.ModifyStockAsync(new WeChatModifyStockRequest { CardId = "pCard" }) },
        { "reduce_stock_value", c => c.ModifyStockAsync(new WeChatModifyStockRequest { CardId = "pCard", ReduceStockValue = -1 }) },
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
}
