using System.Net;
using System.Text;

namespace MemberCards.Sdk.WeChatPay.Tests.Unit;

public sealed class ErrorBodyTests
{
    [Fact]
    public void Code_message_raw_detail_and_request_id_are_kept()
    {
        const string body = """{"code":"PARAM_ERROR","message":"参数错误","detail":{"field":"/amount/currency","value":"XYZ","issue":"Currency code is invalid","location":"body"}}""";
        using var response = new HttpResponseMessage(HttpStatusCode.BadRequest);
        response.Headers.TryAddWithoutValidation("Request-ID", "08F4C2A6B50610A2");

        var error = WeChatPayErrors.FromResponse(response, Encoding.UTF8.GetBytes(body), string.Empty);

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("PARAM_ERROR", error.ErrorCode);
        Assert.Equal("参数错误", error.ErrorMessage);
        Assert.Equal("""{"field":"/amount/currency","value":"XYZ","issue":"Currency code is invalid","location":"body"}""", error.Details);
        Assert.Equal("08F4C2A6B50610A2", error.RequestId);
        Assert.Null(error.SigningMessage);
        Assert.Contains("PARAM_ERROR", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"code":"PARAM_ERROR","message":"会员13787654321已冻结","detail":{"field":"/phone","value":"13787654321"}}""", "会员137****4321已冻结", """{"field":"/phone","value":"137****4321"}""")]
    [InlineData("upstream said 13787654321 is busy", null, "upstream said 137****4321 is busy")]
    public void Phone_numbers_in_the_remote_text_are_masked_before_they_reach_the_exception(string body, string? message, string details)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.BadRequest);

        var error = WeChatPayErrors.FromResponse(response, Encoding.UTF8.GetBytes(body), string.Empty);

        Assert.Equal(message, error.ErrorMessage);
        Assert.Equal(details, error.Details);
        Assert.DoesNotContain("13787654321", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sign_error_carries_the_message_rebuilt_from_the_signed_request()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://example.invalid/v3/x?a=1");
        request.Headers.TryAddWithoutValidation("Authorization", RequestSignature.FormatAuthorization("1900000001", "N0nce", 1554208460, "SERIAL", "c2ln"));
        using var response = new HttpResponseMessage(HttpStatusCode.Unauthorized) { RequestMessage = request };

        var error = WeChatPayErrors.FromResponse(response, Encoding.UTF8.GetBytes("""{"code":"SIGN_ERROR","message":"签名错误"}"""), string.Empty);

        Assert.Equal("GET\n/v3/x?a=1\n1554208460\nN0nce\n\n", error.SigningMessage);
    }

    [Fact]
    public void A_sign_error_of_a_request_the_SDK_did_not_sign_has_no_message()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://example.invalid/v3/x");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer abc");
        using var response = new HttpResponseMessage(HttpStatusCode.Unauthorized) { RequestMessage = request };

        var error = WeChatPayErrors.FromResponse(response, Encoding.UTF8.GetBytes("""{"code":"SIGN_ERROR","message":"签名错误"}"""), string.Empty);

        Assert.Null(error.SigningMessage);
    }

    [Theory]
    [InlineData("<html>502 Bad Gateway</html>")]
    [InlineData("[1,2]")]
    [InlineData("")]
    public void A_body_that_is_not_an_error_object_is_kept_as_detail(string body)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.BadGateway);
        var error = WeChatPayErrors.FromResponse(response, Encoding.UTF8.GetBytes(body), string.Empty);

        Assert.Equal(502, error.StatusCode);
        Assert.Null(error.ErrorCode);
        Assert.Equal(body.Length == 0 ? null : body, error.Details);
    }
}
