using System.Text;
using MemberCards.Sdk.Security;
using MemberCards.Sdk.WeChat.Tests.Support;

namespace MemberCards.Sdk.WeChat.Tests.Unit;

/// <summary>
/// Issue 19 items 1 and 2: a push is verified before its body is read, a push that says <c>encrypt_type=aes</c> is read
/// only from its verified <c>Encrypt</c> element, and <see cref="WeChatCardsOptions.RequireEncryptedPushes"/> refuses
/// plaintext pushes altogether; by default it does so whenever an <see cref="WeChatCardsOptions.EncodingAesKey"/> is set,
/// so that configuring safe mode cannot be undone by stripping <c>encrypt_type</c> from a logged query.
/// </summary>
public sealed class PushVerificationOrderTests
{
    private const string Timestamp = "1716192000";
    private const string Nonce = "1320562132";
    private const string Dtd = """<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xml><ToUserName>&xxe;</ToUserName></xml>""";

    private static readonly string PlainEvent = "<xml><ToUserName><![CDATA[gh_fc0a06a20993]]></ToUserName><FromUserName><![CDATA[oAttacker]]></FromUserName><CreateTime>1716192000</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[user_get_card]]></Event><CardId><![CDATA[pForged]]></CardId><UserCardCode><![CDATA[666]]></UserCardCode></xml>";

    private static WeChatCardsOptions Options(bool? requireEncrypted = false) => new()
    {
        AppId = WeChatTestHosts.AppId,
        AppSecret = WeChatTestHosts.AppSecret,
        PushToken = WeChatTestHosts.PushToken,
        EncodingAesKey = WeChatTestHosts.EncodingAesKey,
        RequireEncryptedPushes = requireEncrypted,
        MaxMessageBytes = 4096,
    };

    private static string Signature => WeChatServerSignature.Compute(WeChatTestHosts.PushToken, Timestamp, Nonce);

    [Fact]
    public async Task A_plaintext_body_under_encrypt_type_aes_with_a_forged_msg_signature_runs_no_handler()
    {
        // The reported downgrade: a valid plain signature (seen in a proxy log), encrypt_type=aes, msg_signature of zeros, and a plaintext body.
        var recorder = new Recorder();
        var dispatcher = Dispatchers.Create(Options(), b => b.AddHandler<WeChatEvent, RecordingHandler<WeChatEvent>>(), recorder);
        var query = new WeChatPushQuery { Signature = Signature, Timestamp = Timestamp, Nonce = Nonce, EncryptType = "aes", MsgSignature = new string('0', 40) };

        var ex = await Assert.ThrowsAsync<MemberCardsSignatureException>(() => dispatcher.DispatchAsync(query, Encoding.UTF8.GetBytes(PlainEvent)));

        Assert.Contains("no Encrypt element", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, recorder.Count);
    }

    [Fact]
    public void Compatible_mode_reads_only_the_decrypted_content_not_the_plaintext_beside_it()
    {
        var genuine = PlainEvent.Replace("pForged", "pGenuine", StringComparison.Ordinal).Replace("oAttacker", "oGenuine", StringComparison.Ordinal);
        var encrypted = WeChatMessageCipher.Encrypt(WeChatTestHosts.EncodingAesKey, WeChatTestHosts.AppId, genuine);
        var body = PlainEvent.Replace("</xml>", $"<Encrypt><![CDATA[{encrypted}]]></Encrypt></xml>", StringComparison.Ordinal);
        var query = new WeChatPushQuery { Signature = Signature, Timestamp = Timestamp, Nonce = Nonce, EncryptType = "aes", MsgSignature = WeChatServerSignature.Compute(WeChatTestHosts.PushToken, Timestamp, Nonce, encrypted) };

        var parsed = Assert.IsType<WeChatUserGetCardEvent>(Dispatchers.Create(Options()).Parse(query, Encoding.UTF8.GetBytes(body)));

        Assert.Equal("pGenuine", parsed.CardId);
        Assert.Equal("oGenuine", parsed.FromUserName);
    }

    [Fact]
    public void A_valid_msg_signature_over_an_encrypt_element_with_a_wrong_plain_signature_is_refused()
    {
        var encrypted = WeChatMessageCipher.Encrypt(WeChatTestHosts.EncodingAesKey, WeChatTestHosts.AppId, PlainEvent);
        var query = new WeChatPushQuery { Signature = new string('0', 40), Timestamp = Timestamp, Nonce = Nonce, EncryptType = "aes", MsgSignature = WeChatServerSignature.Compute(WeChatTestHosts.PushToken, Timestamp, Nonce, encrypted) };

        var ex = Assert.Throws<MemberCardsSignatureException>(() => Dispatchers.Create(Options()).Parse(query, Encoding.UTF8.GetBytes($"<xml><Encrypt><![CDATA[{encrypted}]]></Encrypt></xml>")));

        Assert.Equal(SignatureFailureReason.Mismatch, ex.Reason);
    }

    [Theory]
    [InlineData("<xml><a>")]
    [InlineData(Dtd)]
    [InlineData("not xml at all")]
    public void An_unsigned_push_is_a_signature_failure_whatever_its_body(string body)
    {
        var plain = Assert.Throws<MemberCardsSignatureException>(() => Dispatchers.Create(Options()).Parse(new WeChatPushQuery(), Encoding.UTF8.GetBytes(body)));
        var safe = Assert.Throws<MemberCardsSignatureException>(() => Dispatchers.Create(Options()).Parse(new WeChatPushQuery { EncryptType = "aes", MsgSignature = new string('0', 40) }, Encoding.UTF8.GetBytes(body)));

        Assert.Equal(SignatureFailureReason.MissingHeaders, plain.Reason);
        Assert.Equal(SignatureFailureReason.MissingHeaders, safe.Reason);
    }

    [Theory]
    [InlineData("<xml><a>")]
    [InlineData(Dtd)]
    public void A_wrongly_signed_push_is_a_signature_failure_before_its_body_is_read(string body)
    {
        var query = new WeChatPushQuery { Signature = new string('a', 40), Timestamp = Timestamp, Nonce = Nonce };

        var ex = Assert.Throws<MemberCardsSignatureException>(() => Dispatchers.Create(Options()).Parse(query, Encoding.UTF8.GetBytes(body)));

        Assert.Equal(SignatureFailureReason.Mismatch, ex.Reason);
    }

    [Fact]
    public void A_stale_timestamp_is_refused_before_the_body_is_read()
    {
        const string old = "1716180000";
        var query = new WeChatPushQuery { Signature = WeChatServerSignature.Compute(WeChatTestHosts.PushToken, old, Nonce), Timestamp = old, Nonce = Nonce };

        var ex = Assert.Throws<MemberCardsSignatureException>(() => Dispatchers.Create(Options()).Parse(query, Encoding.UTF8.GetBytes(Dtd)));

        Assert.Equal(SignatureFailureReason.StaleTimestamp, ex.Reason);
    }

    [Fact]
    public void RequireEncryptedPushes_refuses_a_correctly_signed_plaintext_push_and_one_whose_query_was_stripped_of_encrypt_type()
    {
        var dispatcher = Dispatchers.Create(Options(requireEncrypted: true));
        var plain = new WeChatPushQuery { Signature = Signature, Timestamp = Timestamp, Nonce = Nonce };

        var ex = Assert.Throws<MemberCardsSignatureException>(() => dispatcher.Parse(plain, Encoding.UTF8.GetBytes(PlainEvent)));

        Assert.Contains("MemberCards:WeChat:RequireEncryptedPushes", ex.Message, StringComparison.Ordinal);
        Assert.IsType<WeChatUserGetCardEvent>(Dispatchers.Create(Options(requireEncrypted: false)).Parse(plain, Encoding.UTF8.GetBytes(PlainEvent)));
    }

    [Fact]
    public void RequireEncryptedPushes_accepts_a_safe_mode_push()
    {
        var encrypted = WeChatMessageCipher.Encrypt(WeChatTestHosts.EncodingAesKey, WeChatTestHosts.AppId, PlainEvent);
        var query = new WeChatPushQuery { Signature = Signature, Timestamp = Timestamp, Nonce = Nonce, EncryptType = "aes", MsgSignature = WeChatServerSignature.Compute(WeChatTestHosts.PushToken, Timestamp, Nonce, encrypted) };

        var parsed = Assert.IsType<WeChatUserGetCardEvent>(Dispatchers.Create(Options(requireEncrypted: true)).Parse(query, Encoding.UTF8.GetBytes($"<xml><Encrypt><![CDATA[{encrypted}]]></Encrypt></xml>")));

        Assert.Equal("666", parsed.UserCardCode);
    }

    [Fact]
    public void An_encrypt_element_without_encrypt_type_in_the_query_is_not_decrypted()
    {
        var encrypted = WeChatMessageCipher.Encrypt(WeChatTestHosts.EncodingAesKey, WeChatTestHosts.AppId, PlainEvent);
        var query = new WeChatPushQuery { Signature = Signature, Timestamp = Timestamp, Nonce = Nonce };

        var ex = Assert.Throws<MemberCardsFormatException>(() => Dispatchers.Create(Options()).Parse(query, Encoding.UTF8.GetBytes($"<xml><Encrypt><![CDATA[{encrypted}]]></Encrypt></xml>")));

        Assert.Equal("Encrypt", ex.Location);
    }

    [Fact]
    public void RequireEncryptedPushes_without_an_EncodingAesKey_fails_validation()
    {
        var options = Options(requireEncrypted: true);
        options.EncodingAesKey = null;

        var result = new WeChatCardsOptionsValidator().Validate(string.Empty, options);

        Assert.True(result.Failed);
        Assert.Contains("MemberCards:WeChat:EncodingAesKey is required when RequireEncryptedPushes is on", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void By_default_a_configured_EncodingAesKey_refuses_a_correctly_signed_plaintext_push()
    {
        // The safe-mode downgrade: the account is in safe mode, the host has its key, and a plaintext body is posted with
        // a query seen in a log, stripped of encrypt_type and msg_signature.
        var dispatcher = Dispatchers.Create(Options(requireEncrypted: null));
        var plain = new WeChatPushQuery { Signature = Signature, Timestamp = Timestamp, Nonce = Nonce };

        var ex = Assert.Throws<MemberCardsSignatureException>(() => dispatcher.Parse(plain, Encoding.UTF8.GetBytes(PlainEvent)));

        Assert.Equal(SignatureFailureReason.Malformed, ex.Reason);
        Assert.Contains("because EncodingAesKey is set (safe mode); set MemberCards:WeChat:RequireEncryptedPushes=false only while switching", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void By_default_an_account_without_an_EncodingAesKey_is_in_plaintext_mode_and_its_signed_pushes_are_read()
    {
        var options = Options(requireEncrypted: null);
        options.EncodingAesKey = null;
        var plain = new WeChatPushQuery { Signature = Signature, Timestamp = Timestamp, Nonce = Nonce };

        var parsed = Assert.IsType<WeChatUserGetCardEvent>(Dispatchers.Create(options).Parse(plain, Encoding.UTF8.GetBytes(PlainEvent)));

        Assert.Equal("pForged", parsed.CardId);
    }

    [Fact]
    public void The_default_follows_the_key_in_ToString_and_an_explicit_false_is_shown()
    {
        Assert.Contains("RequireEncryptedPushes = (follows EncodingAesKey)", Options(requireEncrypted: null).ToString(), StringComparison.Ordinal);
        Assert.Contains("RequireEncryptedPushes = False", Options(requireEncrypted: false).ToString(), StringComparison.Ordinal);
    }
}
