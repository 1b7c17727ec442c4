namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The auth step of the WeChat pipeline: puts the access_token on every request (<c>?access_token=</c>) and,
/// when the error-mapping step inside it reports errcode 40001, 40014 or 42001, renews the token and sends the
/// request once more with the new one. Each attempt of the resilience step outside it passes here again, so a
/// retried request always carries the current token.
/// </summary>
internal sealed class WeChatAccessTokenHandler(IWeChatAccessTokenProvider tokens, string registration) : DelegatingHandler
{
    private const string TokenParameter = WeChatConstants.AccessTokenParameter + "=";

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // A retried attempt comes back with the token of the previous one appended: take it off. (Kept out of
        // HttpRequestMessage.Options: a fourth entry there makes its dictionary grow on every call.)
        var original = WithoutToken(request.RequestUri ?? throw new InvalidOperationException("The request has no URI."));
        // Whole, so the request can be sent again (renewal here, retries outside): the SDK's bodies are already.
        var body = request.Content switch
        {
            null => null,
            MemberCardsJsonContent json => json.Body,
            _ => await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false),
        };

        var token = await tokens.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
        request.RequestUri = WithToken(original, token);
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (MemberCardsApiException ex) when (IsTokenRejected(ex))
        {
            MemberCardsRetry.Count(WeChatConstants.ServiceName, registration, request);
        }

        var renewed = await tokens.RenewRejectedAsync(token, cancellationToken).ConfigureAwait(false);
        var retry = Copy(request, WithToken(original, renewed), body);
        return await base.SendAsync(retry, cancellationToken).ConfigureAwait(false);
    }

    private static bool IsTokenRejected(MemberCardsApiException exception)
        => int.TryParse(exception.ErrorCode, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code) && WeChatErrorCodes.IsTokenRejected(code);

    private static HttpRequestMessage Copy(HttpRequestMessage request, Uri uri, byte[]? body)
    {
        var copy = new HttpRequestMessage(request.Method, uri) { Version = request.Version, VersionPolicy = request.VersionPolicy };
        foreach (var header in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        foreach (var option in request.Options)
        {
            ((IDictionary<string, object?>)copy.Options)[option.Key] = option.Value;
        }

        if (body is not null && request.Content is not null)
        {
            copy.Content = new ByteArrayContent(body);
            foreach (var header in request.Content.Headers)
            {
                copy.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        return copy;
    }

    /// <summary>
    /// The request's address as its Refit line made it: without the <c>access_token</c> parameter <see cref="WithToken"/>
    /// appended on a previous attempt (always the last parameter; paths are declared without one).
    /// </summary>
    private static Uri WithoutToken(Uri uri)
    {
        var text = uri.OriginalString;
        var at = text.LastIndexOf(TokenParameter, StringComparison.Ordinal);
        return at > 0 && text[at - 1] is '?' or '&'
            ? new Uri(text[..(at - 1)], uri.IsAbsoluteUri ? UriKind.Absolute : UriKind.Relative)
            : uri;
    }

    private static Uri WithToken(Uri uri, string token)
    {
        var text = uri.OriginalString;
        var separator = text.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return new Uri($"{text}{separator}{WeChatConstants.AccessTokenParameter}={Uri.EscapeDataString(token)}", uri.IsAbsoluteUri ? UriKind.Absolute : UriKind.Relative);
    }
}
