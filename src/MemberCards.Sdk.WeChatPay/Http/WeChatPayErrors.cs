namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// Turns a non-2xx answer into a <see cref="WeChatPayApiException"/>; a <c>SIGN_ERROR</c> gets the
/// <see cref="WeChatPaySignErrorHint"/>, a rate-limit answer (429) the <see cref="WeChatPayRateLimitHint"/>. The remote
/// text (<c>message</c>, <c>detail</c>, or the body when it is not JSON) has its phone numbers masked
/// (<see cref="Redaction.PhoneNumbersIn"/>) before it goes into the exception.
/// </summary>
internal static class WeChatPayErrors
{
    public static WeChatPayApiException FromResponse(HttpResponseMessage response, byte[] body, string registration)
    {
        var error = Parse(body);
        var signError = string.Equals(error.Code, WeChatPayConstants.SignErrorCode, StringComparison.Ordinal);
        var signingMessage = signError && response.RequestMessage is { } request ? SignedRequestMessage.Of(request) : null;
        var rateLimited = (int)response.StatusCode == 429 || error.Code is WeChatPayConstants.RateLimitExceededCode or WeChatPayConstants.FrequencyLimitedCode;
        return new WeChatPayApiException((int)response.StatusCode, error.Code, error.Message, WeChatPayHeaders.Get(response, WeChatPayConstants.RequestIdHeader), error.Detail, signingMessage)
        {
            Hint = signError ? WeChatPaySignErrorHint.For(registration) : rateLimited ? WeChatPayRateLimitHint.For(response.RequestMessage?.Method) : null,
        };
    }

    public static ErrorBody Parse(byte[] body)
    {
        if (body.Length == 0)
        {
            return default;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new ErrorBody(null, null, Truncate(body));
            }

            return new ErrorBody(
                root.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String ? code.GetString() : null,
                Redaction.PhoneNumbersIn(root.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String ? message.GetString() : null),
                Redaction.PhoneNumbersIn(root.TryGetProperty("detail", out var detail) ? detail.GetRawText() : null));
        }
        catch (JsonException)
        {
            return new ErrorBody(null, null, Truncate(body));
        }
    }

    private static string Truncate(byte[] body) => Redaction.PhoneNumbersIn(Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 2048)));
}
