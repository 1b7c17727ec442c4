using System.Globalization;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The message a sent request was signed over, rebuilt from the request itself (method, request target, the
/// <c>timestamp</c> and <c>nonce_str</c> of its <c>Authorization</c> in either scheme, the body or an image upload's
/// <c>meta</c> JSON). Only a <c>SIGN_ERROR</c> answer needs it, so the signing step keeps nothing per request for it.
/// </summary>
internal static class SignedRequestMessage
{
    /// <summary>Rebuilds the signed message, or <see langword="null"/> when the request was not signed by the SDK.</summary>
    /// <param name="request">The request as sent.</param>
    /// <returns>The message as UTF-8 text, or <see langword="null"/>.</returns>
    public static string? Of(HttpRequestMessage request)
    {
        if (request.RequestUri is not { IsAbsoluteUri: true } uri
            || !request.Headers.NonValidated.TryGetValues("Authorization", out var values)
            || values.ToString() is not { } authorization
            || !(authorization.StartsWith(RequestSignature.Scheme + " ", StringComparison.Ordinal) || authorization.StartsWith(RequestSignature.BrandScheme + " ", StringComparison.Ordinal))
            || Field(authorization, "nonce_str") is not { Length: > 0 } nonce
            || !long.TryParse(Field(authorization, "timestamp"), NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
        {
            return null;
        }

        var message = RequestSignature.BuildMessage(request.Method.Method, uri.PathAndQuery, timestamp, nonce, BodyOf(request.Content));
        return Encoding.UTF8.GetString(message);
    }

    private static byte[] BodyOf(HttpContent? content)
    {
        if (SignedBody.Known(content) is { } known)
        {
            return known;
        }

        // The signing step replaced any other content with the buffered bytes it signed: reading it again is safe.
        using var stream = content!.ReadAsStream();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string? Field(string authorization, string name)
    {
        var key = name + "=\"";
        var start = authorization.IndexOf(key, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += key.Length;
        var end = authorization.IndexOf('"', start);
        return end < 0 ? null : authorization[start..end];
    }
}
