using MemberCards.Sdk.TestVectors;

namespace MemberCards.Sdk.Core.Tests.Unit;

public sealed class ExceptionTests
{
    [Fact]
    public void Api_exception_message_names_service_status_code_message_and_request_id()
    {
        var ex = new MemberCardsApiException("WeChatPay", 401, "SIGN_ERROR", "签名错误", "08F4E4A4061010A8E2D4AB01-0", "{\"sign_information\":{}}");
        Assert.Equal("WeChatPay answered with an error (HTTP 401): SIGN_ERROR 签名错误 [request id 08F4E4A4061010A8E2D4AB01-0].", ex.Message);
        Assert.Equal("WeChatPay", ex.Service);
        Assert.Equal(401, ex.StatusCode);
        Assert.Equal("SIGN_ERROR", ex.ErrorCode);
        Assert.Equal("签名错误", ex.ErrorMessage);
        Assert.Equal("08F4E4A4061010A8E2D4AB01-0", ex.RequestId);
        Assert.Equal("{\"sign_information\":{}}", ex.Details);
        Assert.IsAssignableFrom<MemberCardsException>(ex);
    }

    [Fact]
    public void Api_exception_without_http_status_or_request_id()
    {
        var ex = new MemberCardsApiException("WeChat", null, "40001", "invalid credential", null);
        Assert.Equal("WeChat answered with an error: 40001 invalid credential.", ex.Message);
        Assert.Null(ex.StatusCode);
    }

    [Fact]
    public void Format_exception_says_what_from_where_and_why()
    {
        var inner = new FormatException("bad");
        var ex = new MemberCardsFormatException("Youzan", "push message", "$.msg", "the value is not URL-encoded JSON.", inner);
        Assert.Equal("Could not read push message from Youzan at $.msg: the value is not URL-encoded JSON.", ex.Message);
        Assert.Equal("push message", ex.Target);
        Assert.Equal("$.msg", ex.Location);
        Assert.Same(inner, ex.InnerException);
    }

    [Fact]
    public void Format_exception_for_local_input_has_no_service()
        => Assert.Equal("Could not read RSA private key: expected PEM.", new MemberCardsFormatException(null, "RSA private key", null, "expected PEM.").Message);

    [Theory]
    [InlineData(503, null, "Erp POST /user/memberPoints: the request was sent but its outcome is unknown (HTTP 503); check the remote state before sending it again.")]
    [InlineData(null, "timeout", "Erp POST /user/memberPoints: the request was sent but its outcome is unknown (timed out); check the remote state before sending it again.")]
    [InlineData(null, "io", "Erp POST /user/memberPoints: the request was sent but its outcome is unknown (no answer); check the remote state before sending it again.")]
    public void Outcome_unknown_message_names_the_operation_and_what_happened(int? status, string? cause, string expected)
    {
        Exception? inner = cause switch { "timeout" => new TaskCanceledException(), "io" => new IOException(), _ => null };
        var ex = new MemberCardsOutcomeUnknownException("Erp", "POST /user/memberPoints", status, inner);
        Assert.Equal(expected, ex.Message);
        Assert.Equal("POST /user/memberPoints", ex.Operation);
        Assert.Equal(status, ex.StatusCode);
    }

    [Fact]
    public void Signature_exception_carries_the_service()
    {
        var ex = new MemberCardsSignatureException("Youzan", "Event-Sign does not match.");
        Assert.Equal("Youzan", ex.Service);
        Assert.Equal("Event-Sign does not match.", ex.Message);
    }

    [Fact]
    public void Standard_constructors_exist_on_every_exception()
    {
        Exception[] all =
        [
            new MemberCardsException(), new MemberCardsException("m"), new MemberCardsException("m", null),
            new MemberCardsApiException(), new MemberCardsApiException("m"), new MemberCardsApiException("m", null),
            new MemberCardsFormatException(), new MemberCardsFormatException("m"), new MemberCardsFormatException("m", null),
            new MemberCardsSignatureException(), new MemberCardsSignatureException("m"), new MemberCardsSignatureException("m", (Exception?)null),
            new MemberCardsOutcomeUnknownException(), new MemberCardsOutcomeUnknownException("m"), new MemberCardsOutcomeUnknownException("m", null),
        ];
        Assert.All(all, e => Assert.IsAssignableFrom<MemberCardsException>(e));
    }

    [Fact]
    public void Key_and_decryption_failures_never_put_the_secret_in_the_message()
    {
        const string apiV3Key = PublishedVectors.TvEKey;
        var errors = new List<Exception>
        {
            Record.Exception(() => Security.AesGcmCipher.Decrypt(System.Text.Encoding.UTF8.GetBytes(apiV3Key), PublishedVectors.TvENonce, "x", PublishedVectors.TvECiphertext)),
            Record.Exception(() => Security.PemKeys.LoadRsaPrivateKey(TestKeys.EcPrivate)),
            Record.Exception(() => Security.PemKeys.LoadRsaPublicKey(TestKeys.K1Pkcs1)),
            Record.Exception(() => Security.PemKeys.LoadRsaPrivateKey(PublishedVectors.K1PrivateKeyPkcs8.Replace("MIIEvAIB", "MIIEvA!B", StringComparison.Ordinal))),
        };
        foreach (var error in errors)
        {
            Assert.IsAssignableFrom<MemberCardsException>(error);
            for (var e = error; e is not null; e = e.InnerException)
            {
                Assert.DoesNotContain(apiV3Key, e.Message, StringComparison.Ordinal);
                Assert.DoesNotContain("MIIEvA", e.Message, StringComparison.Ordinal);
                Assert.DoesNotContain(TestKeys.EcPrivate.Split('\n')[1], e.Message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void A_hint_follows_the_description_in_the_message()
    {
        var plain = new MemberCardsApiException("Erp", 404, null, null, null);
        var hinted = new MemberCardsApiException("Erp", 404, null, null, null) { Hint = "Check MemberCards:Erp:BaseAddress." };

        Assert.Null(plain.Hint);
        Assert.Equal("Erp answered with an error (HTTP 404).", plain.Message);
        Assert.Equal("Erp answered with an error (HTTP 404). Check MemberCards:Erp:BaseAddress.", hinted.Message);
        Assert.Contains("Check MemberCards:Erp:BaseAddress.", hinted.ToString(), StringComparison.Ordinal);
    }
}
