using MemberCards.Sdk.WeChat.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChat.Tests.Integration;

/// <summary>Bad input gives a clear typed error and nothing reaches the wire (not even a token request).</summary>
public sealed class BadInputTests
{
    [Fact]
    public async Task An_over_long_title_is_refused_before_anything_is_sent()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);

        var ex = await Assert.ThrowsAsync<MemberCardsValidationException>(() => sdk.GetRequiredService<IWeChatCardClient>()
            .CreateMemberCardAsync(new WeChatCreateMemberCardRequest { MemberCard = SampleCards.Valid("海底捞火锅超级会员尊享卡") }));

        Assert.Equal("card.member_card.base_info.title", ex.FieldPath);
        Assert.Empty(emulator.Requests);
    }

    [Fact]
    public async Task Eleven_white_list_entries_are_refused_before_anything_is_sent()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);

        var ex = await Assert.ThrowsAsync<MemberCardsValidationException>(() => sdk.GetRequiredService<IWeChatCardClient>()
            .SetTestWhiteListAsync(new WeChatSetTestWhiteListRequest { OpenIds = [.. Enumerable.Range(0, 6).Select(i => $"oTester{i}")], UserNames = [.. Enumerable.Range(0, 5).Select(i => $"wx_{i}")] }));

        Assert.Contains("at most 10", ex.Message, StringComparison.Ordinal);
        Assert.Empty(emulator.Requests);
    }

    [Fact]
    public async Task A_qr_expiry_out_of_range_is_refused_before_anything_is_sent()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);

        var ex = await Assert.ThrowsAsync<MemberCardsValidationException>(() => sdk.GetRequiredService<IWeChatCardClient>()
            .CreateQrCodeAsync(WeChatCreateQrCodeRequest.ForCard(new WeChatQrCard { CardId = "pCard" }, 3600)));

        Assert.Equal("expire_seconds", ex.FieldPath);
        Assert.Empty(emulator.Requests);
    }

    [Fact]
    public async Task The_emulator_itself_refuses_a_card_missing_supply_bonus_like_wechat()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);
        var token = await sdk.GetRequiredService<IWeChatAccessTokenProvider>().GetAccessTokenAsync();
        using var http = new HttpClient();
        const string body = """{"card":{"card_type":"MEMBER_CARD","member_card":{"base_info":{"logo_url":"http://mmbiz.qpic.cn/x/0","brand_name":"b","code_type":"CODE_TYPE_TEXT","title":"t","color":"Color010","notice":"n","description":"d","date_info":{"type":"DATE_TYPE_PERMANENT"},"sku":{"quantity":1}},"prerogative":"p","supply_balance":false}}}""";

        using var response = await http.PostAsync(new Uri(emulator.BaseAddress, "card/create?access_token=" + Uri.EscapeDataString(token)), new StringContent(body));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Contains("\"errcode\":41011", text, StringComparison.Ordinal);
        Assert.Contains("m_data.has_supply_bonus", text, StringComparison.Ordinal);
    }
}
