using System.Text;
using MemberCards.Sdk.Security;
using MemberCards.Sdk.Youzan.Tests.Support;

namespace MemberCards.Sdk.Youzan.Tests.Unit;

public class YouzanPushVerifierTests
{
    [Fact]
    public void The_published_sample_signs_cannot_be_checked_without_youzans_secret()
    {
        // The seed's signs were made with a client_secret that is not published: with ours they must fail.
        var body = YouzanSamples.Utf8(YouzanSamples.CardBody(YouzanSamples.CardPublishedSign));

        Assert.Throws<MemberCardsSignatureException>(() => YouzanSamples.Verifier().ReadVerified(body, eventSign: null));
    }

    [Fact]
    public void Accepts_the_seed_samples_signed_with_the_configured_secret()
    {
        var verifier = YouzanSamples.Verifier();

        Assert.Equal("SCRM_CARD", verifier.ReadVerified(YouzanSamples.SignedCardBody(), null).Type);
        Assert.Equal("SCRM_CUSTOMER_CARD", verifier.ReadVerified(YouzanSamples.SignedCustomerCardBody(), null).Type);
    }

    [Fact]
    public void Signs_over_the_msg_as_received_not_the_decoded_json()
    {
        // MD5("6cd25b3f99727975b5" + CardMsg + "test-secret-0f2c9a") computed independently with Python's hashlib.
        Assert.Equal("b417d8f6d415893ed9fc2fa196da7139", YouzanSignature.Compute(YouzanSamples.ClientId, YouzanSamples.CardMsg, YouzanSamples.Secret));
        var decodedSign = YouzanSignature.Compute(YouzanSamples.ClientId, "{\"card_alias\":\"2omk5g63jgmvpa\",\"event_time\":\"2017-06-30 16:07:54\"}", YouzanSamples.Secret);
        var body = YouzanSamples.Utf8(YouzanSamples.CardBody(decodedSign));

        Assert.Throws<MemberCardsSignatureException>(() => YouzanSamples.Verifier().ReadVerified(body, null));
    }

    [Fact]
    public void Marks_the_envelope_signed_only_when_the_event_sign_header_verified_it()
    {
        var body = YouzanSamples.SignedCardBody();

        Assert.False(YouzanSamples.Verifier().ReadVerified(body, null).IsEnvelopeSigned);
        Assert.True(YouzanSamples.Verifier().ReadVerified(body, YouzanSamples.EventSign(body)).IsEnvelopeSigned);
        Assert.False(YouzanPushParser.Parse(body).IsEnvelopeSigned);
    }

    [Fact]
    public void RequireEventSign_refuses_a_push_verified_by_its_body_sign_alone_but_not_a_health_check()
    {
        var verifier = new YouzanPushVerifier(YouzanSamples.ClientId, [YouzanSamples.Secret]) { RequireEventSign = true };
        var body = YouzanSamples.SignedCardBody();

        var ex = Assert.Throws<MemberCardsSignatureException>(() => verifier.ReadVerified(body, null));

        Assert.Equal(SignatureFailureReason.MissingHeaders, ex.Reason);
        Assert.Contains("RequireEventSign", ex.Message, StringComparison.Ordinal);
        Assert.True(verifier.ReadVerified(body, YouzanSamples.EventSign(body)).IsEnvelopeSigned);
        Assert.True(verifier.ReadVerified("""{"test":true}"""u8, null).IsHealthCheck);
    }

    [Fact]
    public void Ignores_the_case_of_the_hex_signature()
    {
        var sign = YouzanSamples.Sign(YouzanSamples.CardMsg).ToUpperInvariant();

        var push = YouzanSamples.Verifier().ReadVerified(YouzanSamples.Utf8(YouzanSamples.CardBody(sign)), null);

        Assert.Equal(sign, push.Sign);
    }

    [Theory]
    [InlineData("00000000000000000000000000000000")]
    [InlineData("b417d8f6d415893ed9fc2fa196da713")]
    [InlineData("b417d8f6d415893ed9fc2fa196da71390")]
    [InlineData("b417d8f6d415893ed9fc2fa196da713g")]
    [InlineData("")]
    public void Rejects_wrong_or_malformed_signs(string sign)
    {
        var ex = Assert.Throws<MemberCardsSignatureException>(() => YouzanSamples.Verifier().ReadVerified(YouzanSamples.Utf8(YouzanSamples.CardBody(sign)), null));

        Assert.Equal("Youzan", ex.Service);
        Assert.DoesNotContain(YouzanSamples.Secret, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_message_no_longer_verifies()
    {
        var tampered = YouzanSamples.CardMsg.Replace("16%3A07", "16%3A08", StringComparison.Ordinal);
        var body = YouzanSamples.Utf8(YouzanSamples.CardBody(YouzanSamples.Sign(YouzanSamples.CardMsg), tampered));

        Assert.Throws<MemberCardsSignatureException>(() => YouzanSamples.Verifier().ReadVerified(body, null));
    }

    [Fact]
    public void A_push_without_sign_or_msg_and_no_header_is_a_signature_error()
    {
        var ex = Assert.Throws<MemberCardsSignatureException>(() => YouzanSamples.Verifier().ReadVerified("""{"type":"SCRM_CARD","id":"a"}"""u8, null));

        Assert.Contains("no signature", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_every_secret_of_a_rotation_and_no_other()
    {
        var rotating = YouzanSamples.Verifier(YouzanSamples.Secret, YouzanSamples.OldSecret);
        var current = YouzanSamples.Verifier(YouzanSamples.Secret);
        var oldBody = YouzanSamples.SignedCardBody(YouzanSamples.OldSecret);

        Assert.Equal("SCRM_CARD", rotating.ReadVerified(oldBody, null).Type);
        Assert.Equal("SCRM_CARD", rotating.ReadVerified(YouzanSamples.SignedCardBody(), null).Type);
        Assert.Throws<MemberCardsSignatureException>(() => current.ReadVerified(oldBody, null));
    }

    [Fact]
    public void The_event_sign_header_covers_the_raw_body_and_takes_precedence()
    {
        var body = YouzanSamples.Utf8(YouzanSamples.CardBody("not-a-valid-body-sign"));
        var header = YouzanSamples.EventSign(body);

        Assert.Equal("SCRM_CARD", YouzanSamples.Verifier().ReadVerified(body, header).Type);
        Assert.Equal("SCRM_CARD", YouzanSamples.Verifier().ReadVerified(body, " " + header.ToUpperInvariant() + " ").Type);

        var validBodySign = YouzanSamples.SignedCardBody();
        var ex = Assert.Throws<MemberCardsSignatureException>(() => YouzanSamples.Verifier().ReadVerified(validBodySign, header));
        Assert.Contains("Event-Sign", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_changed_by_one_byte_fails_the_event_sign()
    {
        var body = YouzanSamples.SignedCardBody();
        var header = YouzanSamples.EventSign(body);
        var changed = (byte[])body.Clone();
        changed[^3] ^= 0x01;

        Assert.Throws<MemberCardsSignatureException>(() => YouzanSamples.Verifier().ReadVerified(changed, header));
    }

    [Fact]
    public void Health_checks_are_recognised_without_a_signature_even_with_a_bogus_header()
    {
        Assert.True(YouzanSamples.Verifier().ReadVerified("""{"test":true}"""u8, null).IsHealthCheck);
        Assert.True(YouzanSamples.Verifier().ReadVerified("""{"test":true}"""u8, "0123456789abcdef0123456789abcdef").IsHealthCheck);
    }

    [Fact]
    public void Names_a_client_id_mismatch_in_the_error()
    {
        var body = YouzanSamples.Utf8(YouzanSamples.CardBody(YouzanSamples.Sign(YouzanSamples.CardMsg)));
        var other = new YouzanPushVerifier("another-client", [YouzanSamples.Secret]);

        var ex = Assert.Throws<MemberCardsSignatureException>(() => other.ReadVerified(body, null));

        Assert.Contains("client_id 6cd25b3f99727975b5, not the configured another-client", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_size_cap_applies_before_verification()
    {
        var ex = Assert.Throws<MemberCardsMessageTooLargeException>(() => YouzanSamples.Verifier().ReadVerified(YouzanSamples.SignedCardBody(), null, maxMessageBytes: 100));

        Assert.Equal(100, ex.Limit);
        Assert.Contains("more than MaxMessageBytes = 100", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_byte_overload_of_youzan_signature_agrees_with_the_text_one()
    {
        var random = new Random(20260501);
        var secret = Encoding.UTF8.GetBytes(YouzanSamples.Secret);
        var clientId = Encoding.UTF8.GetBytes(YouzanSamples.ClientId);
        foreach (var length in new[] { 0, 1, 31, 200, 470, 480, 511, 512, 513, 4000, 70000 })
        {
            var chars = new char[length];
            for (var i = 0; i < length; i++)
            {
                chars[i] = random.Next(10) == 0 ? '墨' : (char)random.Next(0x20, 0x7F);
            }

            var content = new string(chars);
            var expected = YouzanSignature.Compute(YouzanSamples.ClientId, content, YouzanSamples.Secret);
            Assert.True(YouzanSignature.Verify(YouzanSamples.ClientId, content, YouzanSamples.Secret, expected), $"length {length}");
            Assert.True(YouzanSignature.Verify(clientId, Encoding.UTF8.GetBytes(content), secret, expected.ToUpperInvariant()), $"length {length}");
            Assert.False(YouzanSignature.Verify(clientId, Encoding.UTF8.GetBytes(content + "x"), secret, expected), $"length {length}");
        }
    }

    [Fact]
    public void Refuses_a_verifier_without_secrets()
    {
        Assert.Throws<ArgumentException>(() => new YouzanPushVerifier("id", ["", ""]));
        Assert.ThrowsAny<ArgumentException>(() => new YouzanPushVerifier("", ["s"]));
    }

    public static TheoryData<string, string?, SignatureFailureReason> ReasonCases => new()
    {
        { """{"type":"SCRM_CARD","id":"a"}""", null, SignatureFailureReason.MissingHeaders },
        { YouzanSamples.CardBody(YouzanSamples.Sign(YouzanSamples.CardMsg, "wrong-secret")), null, SignatureFailureReason.Mismatch },
        { YouzanSamples.CardBody("not-hex"), null, SignatureFailureReason.Malformed },
        { YouzanSamples.CardBody(YouzanSamples.CardPublishedSign), "0123456789abcdef0123456789abcdef", SignatureFailureReason.Mismatch },
        { YouzanSamples.CardBody(YouzanSamples.CardPublishedSign), "short", SignatureFailureReason.Malformed },
    };

    [Theory]
    [MemberData(nameof(ReasonCases))]
    public void Every_signature_failure_carries_its_reason(string body, string? eventSign, SignatureFailureReason expected)
    {
        var ex = Assert.Throws<MemberCardsSignatureException>(() => YouzanSamples.Verifier().ReadVerified(YouzanSamples.Utf8(body), eventSign));

        Assert.Equal(expected, ex.Reason);
        Assert.Equal("Youzan", ex.Service);
    }
}
