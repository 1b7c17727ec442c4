namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The auth step of the WeChat pipeline: puts the access_token on every request (<c>?access_token=</c>) and,
/// when the error-mapping step inside it reports errcode 40001, 40014 or 42001, renews the token and sends the
/// request once more with the new one. Each attempt of the resilience step outside it passes here again, so a
/// retried request always carries the current token.
/// </summary>
internal sealed class WeChatAccessTokenHandler(IWeChatAccessTokenProvider tokens, string registration) : DelegatingHandler
{
    private static readonly HttpRequestOptionsKey<Uri> OriginalUri = new("MemberCards.WeChat.OriginalUri");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(OriginalUri, out var original))
        {
            original = request.RequestUri ?? throw new InvalidOperationException("The request has no URI.");
            request.Options.Set(OriginalUri, original);
        }

        byte[]? body = null;
        if (request.Content is not null)
        {
            // Buffered, so the request can be sent again (renewal here, retries outside).
            body = await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }

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

    private static Uri WithToken(Uri uri, string token)
    {
        var text = uri.OriginalString;
        var separator = text.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return new Uri($"{text}{separator}{WeChatConstants.AccessTokenParameter}={Uri.EscapeDataString(token)}", uri.IsAbsoluteUri ? UriKind.Absolute : UriKind.Relative);
    }
}
