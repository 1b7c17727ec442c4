using System.Net;
using System.Text.Json.Nodes;
using MemberCards.Sdk.Testing.WeChat;
using MemberCards.Sdk.WeChat.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChat.Tests.Integration;

/// <summary>
/// The emulator playing WeChat for a web page: what the page passed to <c>wx.config</c> and <c>wx.addCard</c> (signed by
/// <see cref="WeChatJsSdkSigner"/> with tickets from the emulator) is checked like WeChat checks it, over real HTTP.
/// </summary>
public sealed class WebPageAddCardTests
{
    private const string PageUrl = "https://shop.example/member/join?from=menu";
    private const string User = "o6_bmjrPTlm6_2sgVt7hMZOPfL2M";
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task A_correctly_signed_page_gets_the_card_and_the_host_gets_user_get_card_for_the_issued_code()
    {
        await using var page = await PageAsync();
        var config = page.Signer.SignConfig(WeChatTestHosts.AppId, page.JsApiTicket, PageUrl);
        var item = page.Signer.SignAddCard(page.CardTicket, new WeChatCardExtFields { CardId = page.CardId, OuterStr = "web" });

        var (status, answer) = await PostAsync(page.Emulator, PageUrl, config, item);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("addCard:ok", (string?)answer["errMsg"]);
        var result = Assert.Single(answer["cardList"]!.AsArray());
        Assert.Equal(page.CardId, (string?)result!["cardId"]);
        Assert.Equal(item.CardExt, (string?)result["cardExt"]);
        var code = (await page.Cards.DecryptCodeAsync(new WeChatDecryptCodeRequest { EncryptCode = (string?)result["code"] })).Code;
        var member = page.Emulator.FindMember(code!);
        Assert.NotNull(member);
        Assert.Equal((page.CardId, User, "web"), (member.CardId, member.OpenId, member.OuterStr));
        var push = Assert.Single(page.Emulator.Pushes);
        Assert.Contains("<Event><![CDATA[user_get_card]]></Event>", push.EventXml, StringComparison.Ordinal);
        Assert.Contains($"<UserCardCode><![CDATA[{code}]]></UserCardCode>", push.EventXml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_config_signed_for_another_url_is_refused_as_invalid_signature_and_no_card_is_handed_out()
    {
        await using var page = await PageAsync();
        var config = page.Signer.SignConfig(WeChatTestHosts.AppId, page.JsApiTicket, PageUrl);
        var item = page.Signer.SignAddCard(page.CardTicket, new WeChatCardExtFields { CardId = page.CardId });

        var (status, answer) = await PostAsync(page.Emulator, PageUrl + "&tampered=1", config, item);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("config:invalid signature", (string?)answer["errMsg"]);
        Assert.Contains("does not match any live jsapi_ticket", (string?)answer["error"], StringComparison.Ordinal);
        Assert.Empty(page.Emulator.Pushes);
    }

    [Fact]
    public async Task A_tampered_cardExt_signature_is_refused_and_one_signed_with_the_jsapi_ticket_is_named_as_such()
    {
        await using var page = await PageAsync();
        var config = page.Signer.SignConfig(WeChatTestHosts.AppId, page.JsApiTicket, PageUrl);
        var good = page.Signer.SignAddCard(page.CardTicket, new WeChatCardExtFields { CardId = page.CardId });
        var ext = JsonNode.Parse(good.CardExt)!;
        ext["signature"] = new string('0', 40);
        var tampered = new WeChatAddCardItem { CardId = good.CardId, CardExt = ext.ToJsonString() };
        var wrongTicket = page.Signer.SignAddCard(page.JsApiTicket, new WeChatCardExtFields { CardId = page.CardId });

        var (status, answer) = await PostAsync(page.Emulator, PageUrl, config, tampered);
        var (wrongStatus, wrongAnswer) = await PostAsync(page.Emulator, PageUrl, config, wrongTicket);

        Assert.Equal((HttpStatusCode.Forbidden, "addCard:fail signature error"), (status, (string?)answer["errMsg"]));
        Assert.Contains("does not match any live api_ticket", (string?)answer["error"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, wrongStatus);
        Assert.Contains("signed with the jsapi_ticket", (string?)wrongAnswer["error"], StringComparison.Ordinal);
        Assert.Empty(page.Emulator.Pushes);
    }

    [Fact]
    public async Task A_custom_code_card_hands_out_the_signed_code_and_refuses_a_cardExt_without_it()
    {
        await using var page = await PageAsync(useCustomCode: true);
        var config = page.Signer.SignConfig(WeChatTestHosts.AppId, page.JsApiTicket, PageUrl);
        var withoutCode = page.Signer.SignAddCard(page.CardTicket, new WeChatCardExtFields { CardId = page.CardId });
        var withCode = page.Signer.SignAddCard(page.CardTicket, new WeChatCardExtFields { CardId = page.CardId, UseCustomCode = true, Code = "880012345678" });

        var (refusedStatus, refused) = await PostAsync(page.Emulator, PageUrl, config, withoutCode);
        var (status, answer) = await PostAsync(page.Emulator, PageUrl, config, withCode);

        Assert.Equal(HttpStatusCode.BadRequest, refusedStatus);
        Assert.Contains("uses use_custom_code: its cardExt needs the code", (string?)refused["error"], StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.OK, "addCard:ok"), (status, (string?)answer["errMsg"]));
        Assert.Equal(User, page.Emulator.FindMember("880012345678")?.OpenId);
        Assert.Contains("<UserCardCode><![CDATA[880012345678]]></UserCardCode>", Assert.Single(page.Emulator.Pushes).EventXml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_cardExt_sent_twice_is_refused_the_second_time()
    {
        await using var page = await PageAsync();
        var config = page.Signer.SignConfig(WeChatTestHosts.AppId, page.JsApiTicket, PageUrl);
        var item = page.Signer.SignAddCard(page.CardTicket, new WeChatCardExtFields { CardId = page.CardId });

        var (first, _) = await PostAsync(page.Emulator, PageUrl, config, item);
        var (second, answer) = await PostAsync(page.Emulator, PageUrl, config, item);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.BadRequest), (first, second));
        Assert.Contains("reuses a timestamp and nonce_str", (string?)answer["error"], StringComparison.Ordinal);
        Assert.Single(page.Emulator.Pushes);
    }

    [Fact]
    public async Task The_stand_in_script_posts_to_the_add_card_endpoint()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();

        var script = await Http.GetStringAsync(emulator.JsSdkScriptUrl(User));

        Assert.Contains(WeChatEmulator.JsSdkAddCardPath, script, StringComparison.Ordinal);
        Assert.Contains("window.wx", script, StringComparison.Ordinal);
        Assert.EndsWith("?openid=" + User, emulator.JsSdkScriptUrl(User).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddCardFromPageAsync_posts_the_body_the_stand_in_script_posts_and_hands_the_card_to_that_user()
    {
        await using var page = await PageAsync();
        var config = new JsonObject { ["debug"] = false, ["appId"] = WeChatTestHosts.AppId, ["jsApiList"] = new JsonArray("addCard") };
        var signed = page.Signer.SignConfig(WeChatTestHosts.AppId, page.JsApiTicket, PageUrl);
        config["timestamp"] = signed.Timestamp;
        config["nonceStr"] = signed.NonceStr;
        config["signature"] = signed.Signature;
        var item = page.Signer.SignAddCard(page.CardTicket, new WeChatCardExtFields { CardId = page.CardId });
        var cardList = new JsonArray(new JsonObject { ["cardId"] = item.CardId, ["cardExt"] = item.CardExt });

        var answer = await page.Emulator.AddCardFromPageAsync(PageUrl, config, cardList, User);

        Assert.True(answer.Succeeded);
        Assert.Equal((200, "addCard:ok"), (answer.StatusCode, answer.ErrMsg));
        Assert.Null(answer.Error);
        var script = await Http.GetStringAsync(page.Emulator.JsSdkScriptUrl(User));
        Assert.Contains("JSON.stringify({ url: location.href.split('#')[0], config: config, cardList: o.cardList, openid: openid })", script, StringComparison.Ordinal);
        var posted = Assert.Single(page.Emulator.Requests, r => r.Path == WeChatEmulator.JsSdkAddCardPath);
        Assert.Equal("POST", posted.Method);
        Assert.StartsWith("text/plain", posted.Header("Content-Type"), StringComparison.Ordinal);
        var expected = new JsonObject { ["url"] = PageUrl, ["config"] = config.DeepClone(), ["cardList"] = cardList.DeepClone(), ["openid"] = User };
        Assert.Equal(expected.ToJsonString(), posted.BodyText);
        Assert.Contains($"<FromUserName><![CDATA[{User}]]></FromUserName>", Assert.Single(page.Emulator.Pushes).EventXml, StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, JsonObject Answer)> PostAsync(WeChatEmulator emulator, string url, WeChatJsConfig config, WeChatAddCardItem item)
    {
        var answer = await emulator.AddCardFromPageAsync(
            url,
            new JsonObject { ["appId"] = config.AppId, ["timestamp"] = config.Timestamp, ["nonceStr"] = config.NonceStr, ["signature"] = config.Signature },
            new JsonArray(new JsonObject { ["cardId"] = item.CardId, ["cardExt"] = item.CardExt }),
            User);
        return ((HttpStatusCode)answer.StatusCode, answer.Body);
    }

    private static async Task<SignedPage> PageAsync(bool useCustomCode = false)
    {
        var emulator = await WeChatTestHosts.StartEmulatorAsync();
        var sdk = WeChatTestHosts.Build(emulator);
        var cards = sdk.GetRequiredService<IWeChatCardClient>();
        var created = await cards.CreateMemberCardAsync(new WeChatCreateMemberCardRequest { MemberCard = SampleCards.Valid(useCustomCode: useCustomCode) });
        await cards.SetTestWhiteListAsync(new WeChatSetTestWhiteListRequest { OpenIds = [User] });
        var tickets = sdk.GetRequiredService<IWeChatTicketProvider>();
        return new SignedPage(
            emulator,
            sdk,
            cards,
            sdk.GetRequiredService<WeChatJsSdkSigner>(),
            created.CardId!,
            await tickets.GetTicketAsync(WeChatTicketType.JsApi),
            await tickets.GetTicketAsync(WeChatTicketType.WxCard));
    }

    private sealed record SignedPage(WeChatEmulator Emulator, ServiceProvider Sdk, IWeChatCardClient Cards, WeChatJsSdkSigner Signer, string CardId, string JsApiTicket, string CardTicket) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Sdk.DisposeAsync();
            await Emulator.DisposeAsync();
        }
    }
}
