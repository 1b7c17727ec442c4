using System.Security.Cryptography;
using System.Text;
using MemberCards.Sdk.Security;
using MemberCards.Sdk.WeChat.Tests.Support;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.WeChat.Tests.Unit;

public sealed class EventPushTests
{
    private const string Timestamp = "1716192000";
    private const string Nonce = "1320562132";

    private static readonly WeChatCardsOptions Settings = new()
    {
        AppId = WeChatTestHosts.AppId,
        AppSecret = WeChatTestHosts.AppSecret,
        PushToken = WeChatTestHosts.PushToken,
        EncodingAesKey = WeChatTestHosts.EncodingAesKey,
        // These tests read plaintext and safe-mode pushes alike, as an account does while it is switched to safe mode;
        // the default (a key refuses plaintext) is PushVerificationOrderTests'.
        RequireEncryptedPushes = false,
        MaxMessageBytes = 4096,
    };

    /// <summary>The time the signed test timestamp was made (1716192000).</summary>
    internal static readonly DateTimeOffset SignedAt = DateTimeOffset.FromUnixTimeSeconds(1716192000);

    private static WeChatDispatcher Processor() => Dispatchers.Create(Settings);

    private static WeChatPushQuery SignedQuery(string? encrypt = null) => new()
    {
        Signature = WeChatServerSignature.Compute(WeChatTestHosts.PushToken, Timestamp, Nonce),
        Timestamp = Timestamp,
        Nonce = Nonce,
        EncryptType = encrypt is null ? null : "aes",
        MsgSignature = encrypt is null ? null : WeChatServerSignature.Compute(WeChatTestHosts.PushToken, Timestamp, Nonce, encrypt),
    };

    private static string Event(string name, string extra, string from = "oUser0001", long createTime = 1716192000)
        => $"<xml><ToUserName><![CDATA[gh_fc0a06a20993]]></ToUserName><FromUserName><![CDATA[{from}]]></FromUserName><CreateTime>{createTime}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[{name}]]></Event>{extra}</xml>";

    [Fact]
    public void Url_verification_echoes_echostr_when_the_signature_matches()
    {
        var query = new WeChatPushQuery
        {
            Signature = WeChatServerSignature.Compute(WeChatTestHosts.PushToken, Timestamp, Nonce),
            Timestamp = Timestamp,
            Nonce = Nonce,
            EchoStr = "5838479218127813673",
        };

        Assert.Equal("5838479218127813673", Processor().VerifyUrl(query));
    }

    [Fact]
    public void The_push_query_is_read_from_a_raw_query_string()
    {
        var query = WeChatPushQuery.Parse("?signature=abc&timestamp=1&nonce=2&openid=o%2B1&encrypt_type=aes&msg_signature=def");

        Assert.Equal(("abc", "1", "2", "o+1", "aes", "def"), (query.Signature, query.Timestamp, query.Nonce, query.OpenId, query.EncryptType, query.MsgSignature));
    }

    [Fact]
    public void A_wrong_signature_is_a_signature_exception()
    {
        var query = new WeChatPushQuery { Signature = new string('0', 40), Timestamp = Timestamp, Nonce = Nonce, EchoStr = "1" };

        Assert.Throws<MemberCardsSignatureException>(() => Processor().VerifyUrl(query));
        Assert.Throws<MemberCardsSignatureException>(() => Processor().Parse(query, Encoding.UTF8.GetBytes(Event("user_view_card", string.Empty))));
    }

    [Fact]
    public void User_get_card_reads_every_documented_element()
    {
        var xml = Event("user_get_card", "<CardId><![CDATA[po2VNuCuRo-8sxxxxxxxxxxx]]></CardId><IsGiveByFriend>1</IsGiveByFriend><UserCardCode><![CDATA[226009850808]]></UserCardCode><FriendUserName><![CDATA[oFriend]]></FriendUserName><OuterId>7</OuterId><OldUserCardCode><![CDATA[111]]></OldUserCardCode><OuterStr><![CDATA[store-12]]></OuterStr><IsRestoreMemberCard>0</IsRestoreMemberCard><IsRecommendByFriend>1</IsRecommendByFriend><UnionId>o6_bmasdasdsad6_2sgVt7hMZOPfL</UnionId>");

        var parsed = Assert.IsType<WeChatUserGetCardEvent>(Processor().Parse(SignedQuery(), Encoding.UTF8.GetBytes(xml)));

        Assert.Equal("gh_fc0a06a20993", parsed.ToUserName);
        Assert.Equal("oUser0001", parsed.FromUserName);
        Assert.Equal(1716192000, parsed.CreateTime);
        Assert.Equal("po2VNuCuRo-8sxxxxxxxxxxx", parsed.CardId);
        Assert.Equal("226009850808", parsed.UserCardCode);
        Assert.True(parsed.IsGiveByFriend);
        Assert.Equal("oFriend", parsed.FriendUserName);
        Assert.Equal(7, parsed.OuterId);
        Assert.Equal("111", parsed.OldUserCardCode);
        Assert.Equal("store-12", parsed.OuterStr);
        Assert.False(parsed.IsRestoreMemberCard);
        Assert.True(parsed.IsRecommendByFriend);
        Assert.Equal("o6_bmasdasdsad6_2sgVt7hMZOPfL", parsed.UnionId);
        Assert.Equal("wechat:oUser0001:1716192000:user_get_card", parsed.DeduplicationKey);
    }

    [Theory]
    [InlineData("card_pass_check", typeof(WeChatCardPassCheckEvent))]
    [InlineData("card_not_pass_check", typeof(WeChatCardNotPassCheckEvent))]
    [InlineData("user_del_card", typeof(WeChatUserDeleteCardEvent))]
    [InlineData("user_consume_card", typeof(WeChatUserConsumeCardEvent))]
    [InlineData("submit_membercard_user_info", typeof(WeChatSubmitMemberCardUserInfoEvent))]
    [InlineData("update_member_card", typeof(WeChatUpdateMemberCardEvent))]
    [InlineData("user_view_card", typeof(WeChatUserViewCardEvent))]
    [InlineData("user_enter_session_from_card", typeof(WeChatUserEnterSessionFromCardEvent))]
    [InlineData("user_pay_from_pay_cell", typeof(WeChatUserPayFromPayCellEvent))]
    [InlineData("card_sku_remind", typeof(WeChatCardSkuRemindEvent))]
    [InlineData("user_gifting_card", typeof(WeChatUnknownEvent))]
    [InlineData("card_pay_order", typeof(WeChatUnknownEvent))]
    public void Each_card_event_has_its_type(string name, Type expected)
    {
        var xml = Event(name, "<CardId><![CDATA[pCard]]></CardId><UserCardCode><![CDATA[12345]]></UserCardCode><RefuseReason><![CDATA[logo]]></RefuseReason><ConsumeSource><![CDATA[FROM_API]]></ConsumeSource><ModifyBonus>-20</ModifyBonus><ModifyBalance>100</ModifyBalance><Detail><![CDATA[库存不足]]></Detail><TransId><![CDATA[4200000123201612010001]]></TransId><LocationId>493</LocationId><LocationName><![CDATA[一号店]]></LocationName><Fee>1000</Fee><OriginalFee>1200</OriginalFee>");

        var parsed = Processor().Parse(SignedQuery(), Encoding.UTF8.GetBytes(xml));

        Assert.IsType(expected, parsed);
        Assert.Equal(name, parsed.EventName);
        Assert.Equal(xml, parsed.RawXml);
        Assert.Equal("pCard", parsed.Fields["CardId"]);
        switch (parsed)
        {
            case WeChatCardNotPassCheckEvent e:
                Assert.Equal("logo", e.RefuseReason);
                break;
            case WeChatUpdateMemberCardEvent e:
                Assert.Equal((-20, 100), (e.ModifyBonus, e.ModifyBalance));
                break;
            case WeChatCardSkuRemindEvent e:
                Assert.Equal("库存不足", e.Detail);
                break;
            case WeChatUserPayFromPayCellEvent e:
                Assert.Equal(("12345", "4200000123201612010001", 493L, "一号店", 1000L, 1200L), (e.UserCardCode, e.TransId, e.LocationId, e.LocationName, e.Fee, e.OriginalFee));
                break;
            case WeChatUserConsumeCardEvent e:
                Assert.Equal("FROM_API", e.ConsumeSource);
                break;
            case WeChatUserCardEvent e:
                Assert.Equal("12345", e.UserCardCode);
                break;
        }
    }

    [Fact]
    public void A_dtd_is_refused_before_any_entity_is_expanded()
    {
        const string xml = """<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xml><ToUserName>&xxe;</ToUserName><MsgType>event</MsgType></xml>""";

        var ex = Assert.Throws<MemberCardsFormatException>(() => Processor().Parse(SignedQuery(), Encoding.UTF8.GetBytes(xml)));

        Assert.Contains("DTD", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<xml><ToUserName>a</ToUserName>")]
    [InlineData("not xml at all")]
    [InlineData("<root><MsgType>event</MsgType></root>")]
    public void Malformed_xml_is_a_format_exception(string xml)
        => Assert.Throws<MemberCardsFormatException>(() => Processor().Parse(SignedQuery(), Encoding.UTF8.GetBytes(xml)));

    [Fact]
    public void An_oversized_body_is_refused_before_parsing()
    {
        var xml = Event("user_view_card", $"<Pad>{new string('x', 5000)}</Pad>");

        var ex = Assert.Throws<MemberCardsMessageTooLargeException>(() => Processor().Parse(SignedQuery(), Encoding.UTF8.GetBytes(xml)));

        Assert.Contains("4096", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_safe_mode_push_is_verified_and_decrypted()
    {
        var xml = Event("user_del_card", "<CardId><![CDATA[pCard]]></CardId><UserCardCode><![CDATA[998877]]></UserCardCode>");
        var encrypted = WeChatMessageCipher.Encrypt(WeChatTestHosts.EncodingAesKey, WeChatTestHosts.AppId, xml);
        var body = $"<xml><ToUserName><![CDATA[gh_fc0a06a20993]]></ToUserName><Encrypt><![CDATA[{encrypted}]]></Encrypt></xml>";

        var parsed = Assert.IsType<WeChatUserDeleteCardEvent>(Processor().Parse(SignedQuery(encrypted), Encoding.UTF8.GetBytes(body)));

        Assert.Equal("998877", parsed.UserCardCode);
        Assert.Equal(xml, parsed.RawXml);
    }

    [Fact]
    public void A_safe_mode_push_with_a_wrong_msg_signature_is_refused()
    {
        var encrypted = WeChatMessageCipher.Encrypt(WeChatTestHosts.EncodingAesKey, WeChatTestHosts.AppId, Event("user_del_card", string.Empty));
        var body = $"<xml><ToUserName><![CDATA[gh_x]]></ToUserName><Encrypt><![CDATA[{encrypted}]]></Encrypt></xml>";
        var query = new WeChatPushQuery { Timestamp = Timestamp, Nonce = Nonce, EncryptType = "aes", MsgSignature = WeChatServerSignature.Compute(WeChatTestHosts.PushToken, Timestamp, Nonce) };

        Assert.Throws<MemberCardsSignatureException>(() => Processor().Parse(query, Encoding.UTF8.GetBytes(body)));
    }

    [Fact]
    public void An_encrypted_push_without_a_configured_key_is_a_format_exception()
    {
        var plainOnly = Dispatchers.Create(new WeChatCardsOptions { AppId = WeChatTestHosts.AppId, AppSecret = "s", PushToken = WeChatTestHosts.PushToken });
        var encrypted = WeChatMessageCipher.Encrypt(WeChatTestHosts.EncodingAesKey, WeChatTestHosts.AppId, Event("user_del_card", string.Empty));

        var ex = Assert.Throws<MemberCardsFormatException>(() => plainOnly.Parse(SignedQuery(encrypted), Encoding.UTF8.GetBytes($"<xml><Encrypt><![CDATA[{encrypted}]]></Encrypt></xml>")));

        Assert.Equal("Encrypt", ex.Location);
    }

    [Fact]
    public void A_body_with_a_byte_order_mark_is_read()
    {
        var body = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Event("user_view_card", "<CardId>p</CardId>"))).ToArray();

        Assert.IsType<WeChatUserViewCardEvent>(Processor().Parse(SignedQuery(), body));
    }

    [Fact]
    public void A_message_for_another_app_id_is_refused()
    {
        var encrypted = WeChatMessageCipher.Encrypt(WeChatTestHosts.EncodingAesKey, "wxOtherAccount00001", Event("user_del_card", string.Empty));
        var body = $"<xml><Encrypt><![CDATA[{encrypted}]]></Encrypt></xml>";

        var ex = Assert.Throws<MemberCardsSignatureException>(() => Processor().Parse(SignedQuery(encrypted), Encoding.UTF8.GetBytes(body)));

        Assert.Contains("another AppId", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cipher_layout_is_random16_length_message_appid_padded_to_32()
    {
        const string message = "<xml>会员</xml>";
        var encrypted = Convert.FromBase64String(WeChatMessageCipher.Encrypt(WeChatTestHosts.EncodingAesKey, WeChatTestHosts.AppId, message));
        var key = Convert.FromBase64String(WeChatTestHosts.EncodingAesKey + "=");
        using var aes = Aes.Create();
        aes.Key = key;

        var plain = aes.DecryptCbc(encrypted, key.AsSpan(0, 16), PaddingMode.None);

        Assert.Equal(0, plain.Length % 32);
        var pad = plain[^1];
        var msg = Encoding.UTF8.GetBytes(message);
        Assert.Equal(plain.Length, 16 + 4 + msg.Length + WeChatTestHosts.AppId.Length + pad);
        Assert.Equal(msg.Length, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(plain.AsSpan(16, 4)));
        Assert.Equal(message, Encoding.UTF8.GetString(plain, 20, msg.Length));
        Assert.Equal(WeChatTestHosts.AppId, Encoding.UTF8.GetString(plain, 20 + msg.Length, WeChatTestHosts.AppId.Length));
    }

    [Fact]
    public void An_encrypted_reply_carries_a_valid_msg_signature()
    {
        var reply = Processor().EncryptReply("<xml><MsgType>text</MsgType></xml>", Timestamp, Nonce);

        var fields = SafeXml.ReadFields(reply, 4096, "reply");
        Assert.True(WeChatServerSignature.Verify(WeChatTestHosts.PushToken, Timestamp, Nonce, fields["MsgSignature"], fields["Encrypt"]));
        Assert.Equal("<xml><MsgType>text</MsgType></xml>", WeChatMessageCipher.Decrypt(WeChatTestHosts.EncodingAesKey, WeChatTestHosts.AppId, fields["Encrypt"]));
    }

    [Fact]
    public async Task A_retried_push_runs_the_handler_once()
    {
        var recorder = new Recorder();
        var processor = Dispatchers.Create(Settings, b => b.AddHandler<WeChatUserViewCardEvent, RecordingHandler<WeChatUserViewCardEvent>>(), recorder);
        var body = Encoding.UTF8.GetBytes(Event("user_view_card", "<CardId>p</CardId>", from: "oRetry", createTime: 1716192999));

        var first = await processor.DispatchAsync(SignedQuery(), body);
        var second = await processor.DispatchAsync(SignedQuery(), body);

        Assert.Equal(InboundOutcome.Handled, first.Outcome);
        Assert.Equal(InboundOutcome.Duplicate, second.Outcome);
        Assert.Equal(1, recorder.Count);
        Assert.Equal(string.Empty, second.Reply);
    }

    [Fact]
    public async Task A_throwing_handler_releases_the_claim_so_the_retry_runs_it()
    {
        var recorder = new Recorder { FailuresLeft = 1 };
        var processor = Dispatchers.Create(Settings, b => b.AddHandler<WeChatEvent, RecordingHandler<WeChatEvent>>(), recorder);
        var body = Encoding.UTF8.GetBytes(Event("user_view_card", "<CardId>p</CardId>", from: "oFail", createTime: 1716193000));

        await Assert.ThrowsAsync<InvalidOperationException>(() => processor.DispatchAsync(SignedQuery(), body));
        var retry = await processor.DispatchAsync(SignedQuery(), body);
        var again = await processor.DispatchAsync(SignedQuery(), body);

        Assert.Equal(InboundOutcome.Handled, retry.Outcome);
        Assert.Equal(InboundOutcome.Duplicate, again.Outcome);
        Assert.Equal(1, recorder.Count);
    }
}
