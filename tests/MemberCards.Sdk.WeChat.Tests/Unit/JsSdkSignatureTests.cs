using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace MemberCards.Sdk.WeChat.Tests.Unit;

/// <summary>
/// The JS-SDK signatures against their published vectors (JS-SDK appendix 1 and 4, and the vectors of a peer SDK's
/// tests), byte for byte, and the rules that must fail loudly.
/// </summary>
public sealed class JsSdkSignatureTests
{
    // wx.config, JS-SDK appendix 1 (current revision; the WeCom doc prints the same).
    private const string DocTicket = "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg";
    private const string DocNonce = "Wm3WZYTPz0wzccnW";
    private const long DocTimestamp = 1414587457;
    private const string DocUrl = "http://mp.weixin.qq.com?params=value";
    private const string DocSignature = "0f9de62fce790f9a083d5c99e95740ceb90c27ed";

    // cardExt, JS-SDK appendix 4: the doc prints the sorted string only; its SHA-1 is below.
    private const string A4Ticket = "ojZ8YtyVyr30HheH3CM73y7h4jJE";
    private const string A4CardId = "pjZ8Yt1XGILfi-FUsewpnnolGgZk";
    private const string A4Code = "1434008071";
    private const long A4Timestamp = 1404896688;
    private const string A4Nonce = "123";
    private const string A4Sorted = "12314048966881434008071ojZ8YtyVyr30HheH3CM73y7h4jJEpjZ8Yt1XGILfi-FUsewpnnolGgZk";
    private const string A4Signature = "f137ab68b7f8112d20ee528ab6074564e2796250";

    // cardExt with code and openid, from a peer SDK's test (mixed case: ordinal sort matters).
    private const string SdkTicket = "E0o2-at6NcC2OsJiQTlwlKYyg-fKayq9IF7iYyyyi7JyxXirHaurpJgI7oqY0AVbFPnZmYCgmCdTNBlU1hBRzw";
    private const long SdkTimestamp = 1498125529;
    private const string SdkCardId = "ptMXyt1Z8fa_oO9VZCPeNvQIrL3E";
    private const string SdkNonce = "F899139DF5E1059396431415E770C6DD";
    private const string SdkCode = "PK0000397757";
    private const string SdkOpenId = "otMXytwcamKAa3JmUoQ0N7OGDFuA";
    private const string SdkSignature = "cdd62c91eaa2c62f02b54e220dea282e34cce879";
    private const string SdkCaseInsensitiveSignature = "3114e829e4ff35a216a2f0265eb728a534f25a11";

    private static WeChatJsSdkSigner SignerAt(long timestamp, params string[] nonces)
    {
        var queue = new Queue<string>(nonces);
        return new WeChatJsSdkSigner(new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(timestamp)), queue.Dequeue);
    }

    [Theory]
    [InlineData(DocTicket, DocNonce, DocTimestamp, DocUrl, DocSignature)]
    [InlineData(DocTicket, DocNonce, DocTimestamp, "http://mp.weixin.qq.com", "f4d90daf4b3bca3078ab155816175ba34c443a7b")]
    [InlineData("kgt8ON7yVITDhtdwci0qefK1QvDlwsAPwMnZOO_J0MxaUpuHtIU_IltC7zs3kfNOYTHEqeIEvEXZHbS3xXNx3g", "B7EE6F5F9AA5CD17CA1AEA43CE848496", 1474350784, "https://www.baidu.com", "3b1b4171bcfa0f0661be9c5474002d3eb25a3368")]
    public void The_wx_config_signature_matches_the_published_vectors(string ticket, string nonce, long timestamp, string url, string expected)
    {
        Assert.Equal(expected, WeChatJsSdkSigner.ConfigSignature(ticket, nonce, timestamp, url));

        var config = SignerAt(timestamp, nonce).SignConfig("wx1234567890abcdef", ticket, url);

        Assert.Equal(new WeChatJsConfig { AppId = "wx1234567890abcdef", Timestamp = timestamp, NonceStr = nonce, Signature = expected }, config);
    }

    [Fact]
    public void The_url_is_signed_as_given_not_normalised()
    {
        // A Uri would add a '/' before the query; WeChat signs the page's own text.
        Assert.NotEqual(DocSignature, WeChatJsSdkSigner.ConfigSignature(DocTicket, DocNonce, DocTimestamp, "http://mp.weixin.qq.com/?params=value"));
        Assert.NotEqual(DocSignature, WeChatJsSdkSigner.ConfigSignature(DocTicket, DocNonce, DocTimestamp, "HTTP://mp.weixin.qq.com?params=value"));
    }

    [Fact]
    public void A_url_with_a_fragment_is_refused_with_what_to_pass_instead()
    {
        var error = Assert.Throws<MemberCardsValidationException>(() => SignerAt(DocTimestamp, DocNonce).SignConfig("wx1234567890abcdef", DocTicket, DocUrl + "#/member/card"));

        Assert.Contains("#/member/card", error.Message, StringComparison.Ordinal);
        Assert.Contains("location.href.split('#')[0]", error.Message, StringComparison.Ordinal);
        Assert.Throws<MemberCardsValidationException>(() => SignerAt(DocTimestamp, DocNonce).SignConfig("wx1234567890abcdef", DocTicket, DocUrl + "#"));
    }

    [Fact]
    public void Both_readings_of_the_fragment_rule_agree_that_the_fragment_is_not_signed()
    {
        // Reading "strip": the URL cut at '#' signs to the published vector. Reading "sign it as given": a different
        // signature, which WeChat (signing the URL without the fragment) would refuse. Hence the signer refuses it.
        var withFragment = DocUrl + "#wechat_redirect";

        Assert.Equal(DocSignature, WeChatJsSdkSigner.ConfigSignature(DocTicket, DocNonce, DocTimestamp, withFragment.Split('#')[0]));
        Assert.NotEqual(DocSignature, WeChatJsSdkSigner.ConfigSignature(DocTicket, DocNonce, DocTimestamp, withFragment));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/member/card")]
    [InlineData("ftp://mp.weixin.qq.com/")]
    public void A_url_that_is_not_an_absolute_http_url_is_refused(string url)
        => Assert.Throws<MemberCardsValidationException>(() => SignerAt(DocTimestamp, DocNonce).SignConfig("wx1234567890abcdef", DocTicket, url));

    [Fact]
    public void The_card_signature_is_the_sha1_of_the_sorted_string_appendix_4_prints()
    {
        var ofPublishedString = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(A4Sorted)));

        Assert.Equal(A4Signature, ofPublishedString);
        Assert.Equal(A4Signature, WeChatJsSdkSigner.CardSignature([A4Ticket, A4Timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture), A4CardId, A4Code, null, A4Nonce]));
    }

    [Fact]
    public void The_card_ext_of_appendix_4_is_the_exact_json_text_the_page_passes()
    {
        var item = SignerAt(A4Timestamp, A4Nonce).SignAddCard(A4Ticket, new WeChatCardExtFields { CardId = A4CardId, UseCustomCode = true, Code = A4Code });

        Assert.Equal(A4CardId, item.CardId);
        Assert.Equal("""{"code":"1434008071","timestamp":"1404896688","nonce_str":"123","signature":"f137ab68b7f8112d20ee528ab6074564e2796250"}""", item.CardExt);
    }

    [Fact]
    public void A_card_ext_with_code_and_openid_sorts_ordinally()
    {
        var item = SignerAt(SdkTimestamp, SdkNonce).SignAddCard(SdkTicket, new WeChatCardExtFields
        {
            CardId = SdkCardId,
            UseCustomCode = true,
            Code = SdkCode,
            BindOpenId = true,
            OpenId = SdkOpenId,
            OuterStr = "门店A",
            FixedBeginTimestamp = 1498125600,
        });

        Assert.Equal(
            """{"code":"PK0000397757","openid":"otMXytwcamKAa3JmUoQ0N7OGDFuA","timestamp":"1498125529","nonce_str":"F899139DF5E1059396431415E770C6DD","fixed_begintimestamp":1498125600,"outer_str":"门店A","signature":"cdd62c91eaa2c62f02b54e220dea282e34cce879"}""",
            item.CardExt);
        Assert.DoesNotContain(SdkCaseInsensitiveSignature, item.CardExt, StringComparison.Ordinal);
    }

    [Fact]
    public void A_use_custom_code_card_without_a_code_is_refused()
    {
        var error = Assert.Throws<MemberCardsValidationException>(() => SignerAt(A4Timestamp, A4Nonce).SignAddCard(A4Ticket, new WeChatCardExtFields { CardId = A4CardId, UseCustomCode = true }));

        Assert.Contains("cardExt.code", error.Message, StringComparison.Ordinal);
        Assert.Contains("use_custom_code", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_for_a_card_without_use_custom_code_is_refused()
    {
        var error = Assert.Throws<MemberCardsValidationException>(() => SignerAt(A4Timestamp, A4Nonce).SignAddCard(A4Ticket, new WeChatCardExtFields { CardId = A4CardId, Code = A4Code }));

        Assert.Contains("must be left out", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bind_openid_card_without_an_openid_is_refused()
        => Assert.Contains("bind_openid", Assert.Throws<MemberCardsValidationException>(() => SignerAt(A4Timestamp, A4Nonce).SignAddCard(A4Ticket, new WeChatCardExtFields { CardId = A4CardId, BindOpenId = true })).Message, StringComparison.Ordinal);

    [Fact]
    public void An_ordinary_card_ext_carries_neither_code_nor_openid()
    {
        var item = SignerAt(A4Timestamp, A4Nonce).SignAddCard(A4Ticket, new WeChatCardExtFields { CardId = A4CardId });

        var expected = WeChatJsSdkSigner.CardSignature([A4Ticket, "1404896688", A4CardId, A4Nonce]);
        Assert.Equal($$"""{"timestamp":"1404896688","nonce_str":"123","signature":"{{expected}}"}""", item.CardExt);
        Assert.Equal(Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes("1231404896688ojZ8YtyVyr30HheH3CM73y7h4jJEpjZ8Yt1XGILfi-FUsewpnnolGgZk"))), expected);
    }

    [Fact]
    public void The_choose_card_sign_signs_appid_ticket_shop_card_type_timestamp_and_nonce_with_the_same_value_sort()
    {
        // No published chooseCard vector: the value sort ignores which field a value came from, so the published cardExt
        // values placed in chooseCard's fields must give the published signatures.
        var a4 = SignerAt(A4Timestamp, A4Nonce).SignChooseCard(A4Code, A4Ticket, new WeChatChooseCardFilter { CardId = A4CardId });
        var asShop = SignerAt(SdkTimestamp, SdkNonce).SignChooseCard(SdkOpenId, SdkTicket, new WeChatChooseCardFilter { ShopId = SdkCode, CardId = SdkCardId });
        var asCardType = SignerAt(SdkTimestamp, SdkNonce).SignChooseCard(SdkOpenId, SdkTicket, new WeChatChooseCardFilter { CardType = SdkCode, CardId = SdkCardId });

        Assert.Equal(new WeChatChooseCardParameters { ShopId = string.Empty, CardType = string.Empty, CardId = A4CardId, Timestamp = A4Timestamp, NonceStr = A4Nonce, SignType = "SHA1", CardSign = A4Signature }, a4);
        Assert.Equal(SdkSignature, asShop.CardSign);
        Assert.Equal(SdkSignature, asCardType.CardSign);
    }

    [Fact]
    public void Each_signature_draws_a_new_nonce_and_reads_the_clock()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));
        var signer = new WeChatJsSdkSigner(clock);

        var first = signer.SignConfig("wx1234567890abcdef", DocTicket, DocUrl);
        clock.Advance(TimeSpan.FromSeconds(5));
        var second = signer.SignConfig("wx1234567890abcdef", DocTicket, DocUrl);

        Assert.Equal((1_800_000_000L, 1_800_000_005L), (first.Timestamp, second.Timestamp));
        Assert.NotEqual(first.NonceStr, second.NonceStr);
        Assert.Matches("^[A-Za-z0-9]{16}$", first.NonceStr);
        Assert.Equal(WeChatJsSdkSigner.ConfigSignature(DocTicket, second.NonceStr, second.Timestamp, DocUrl), second.Signature);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("a&b")]
    [InlineData("123456789012345678901234567890123")]
    public void A_nonce_factory_returning_an_unusable_nonce_fails(string nonce)
        => Assert.Throws<InvalidOperationException>(() => SignerAt(DocTimestamp, nonce).SignConfig("wx1234567890abcdef", DocTicket, DocUrl));
}
