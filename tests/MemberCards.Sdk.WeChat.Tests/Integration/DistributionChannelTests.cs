using MemberCards.Sdk.WeChat.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChat.Tests.Integration;

/// <summary>The card shelf (card/landingpage/create) and the article embed (card/mpnews/gethtml) against the emulator over real HTTP.</summary>
public sealed class DistributionChannelTests
{
    private static async Task<string> CreateCardAsync(IServiceProvider sdk, bool useCustomCode = false)
        => (await sdk.GetRequiredService<IWeChatCardClient>().CreateMemberCardAsync(new WeChatCreateMemberCardRequest { MemberCard = SampleCards.Valid(useCustomCode: useCustomCode) })).CardId!;

    private static WeChatCreateLandingPageRequest Shelf(params string[] cardIds) => new()
    {
        Banner = "http://mmbiz.qpic.cn/mmbiz/banner/0",
        PageTitle = "会员卡领取",
        CanShare = true,
        Scene = WeChatLandingPageScene.Menu,
        CardList = [.. cardIds.Select(id => new WeChatLandingPageCard { CardId = id, ThumbUrl = "http://mmbiz.qpic.cn/mmbiz/thumb/0" })],
    };

    [Fact]
    public async Task A_landing_page_is_sent_as_documented_and_its_url_opens_a_page_with_the_cards()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);
        var first = await CreateCardAsync(sdk);
        var second = await CreateCardAsync(sdk);
        emulator.Host.ClearRequests();

        var page = await sdk.GetRequiredService<IWeChatCardClient>().CreateLandingPageAsync(Shelf(first, second));

        var sent = Assert.Single(emulator.Requests, r => r.Path == "/card/landingpage/create");
        Assert.Equal(
            $$"""{"banner":"http://mmbiz.qpic.cn/mmbiz/banner/0","page_title":"会员卡领取","can_share":true,"scene":"SCENE_MENU","card_list":[{"card_id":"{{first}}","thumb_url":"http://mmbiz.qpic.cn/mmbiz/thumb/0"},{"card_id":"{{second}}","thumb_url":"http://mmbiz.qpic.cn/mmbiz/thumb/0"}]}""",
            sent.BodyText);
        Assert.Equal(new[] { first, second }, emulator.LandingPageCards(page.PageId));
        using var http = new HttpClient();
        var html = await http.GetStringAsync(new Uri(page.Url!));
        Assert.Contains($"data-card-id=\"{first}\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-card-id=\"{second}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_landing_page_without_scene_or_cards_is_refused_before_sending()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);
        var client = sdk.GetRequiredService<IWeChatCardClient>();
        var noScene = Shelf("pCard");
        noScene.Scene = WeChatLandingPageScene.Unknown;

        Assert.Contains("scene", (await Assert.ThrowsAsync<MemberCardsValidationException>(() => client.CreateLandingPageAsync(noScene))).Message, StringComparison.Ordinal);
        Assert.Contains("card_list", (await Assert.ThrowsAsync<MemberCardsValidationException>(() => client.CreateLandingPageAsync(Shelf()))).Message, StringComparison.Ordinal);
        Assert.Contains("card_list[0].thumb_url", (await Assert.ThrowsAsync<MemberCardsValidationException>(() => client.CreateLandingPageAsync(new WeChatCreateLandingPageRequest { Banner = "b", PageTitle = "t", Scene = WeChatLandingPageScene.H5, CardList = [new WeChatLandingPageCard { CardId = "pCard" }] }))).Message, StringComparison.Ordinal);
        Assert.DoesNotContain(emulator.Requests, r => r.Path == "/card/landingpage/create");
    }

    [Fact]
    public async Task A_landing_page_with_an_unknown_card_is_answered_40073()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);

        var error = await Assert.ThrowsAsync<MemberCardsApiException>(() => sdk.GetRequiredService<IWeChatCardClient>().CreateLandingPageAsync(Shelf("pNoSuchCard")));

        Assert.Equal("40073", error.ErrorCode);
    }

    [Fact]
    public async Task The_article_embed_of_a_card_is_an_html_snippet_naming_it()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);
        var cardId = await CreateCardAsync(sdk);

        var html = await sdk.GetRequiredService<IWeChatCardClient>().GetMpNewsHtmlAsync(new WeChatCardIdRequest { CardId = cardId });

        Assert.Equal($$"""{"card_id":"{{cardId}}"}""", Assert.Single(emulator.Requests, r => r.Path == "/card/mpnews/gethtml").BodyText);
        Assert.StartsWith("<iframe", html.Content, StringComparison.Ordinal);
        Assert.Contains(cardId, html.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_custom_code_card_cannot_go_into_an_article()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);
        var cardId = await CreateCardAsync(sdk, useCustomCode: true);

        var error = await Assert.ThrowsAsync<MemberCardsApiException>(() => sdk.GetRequiredService<IWeChatCardClient>().GetMpNewsHtmlAsync(new WeChatCardIdRequest { CardId = cardId }));

        Assert.Equal("40072", error.ErrorCode);
    }
}
