using System.Net.Http.Headers;
using System.Text.Json;

namespace MemberCards.Sdk.WeChat;

/// <summary>
/// Puts the access_token on every request (<c>?access_token=</c>) and, when the answer is errcode
/// 40001, 40014 or 42001, renews the token and sends the request once more.
/// </summary>
internal sealed class WeChatAccessTokenHandler(IWeChatAccessTokenProvider tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var original = request.RequestUri ?? throw new InvalidOperationException("The request has no URI.");
        byte[]? body = null;
        MediaTypeHeaderValue? contentType = null;
        if (request.Content is not null)
        {
            body = await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            contentType = request.Content.Headers.ContentType;
        }

        var token = await tokens.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
        request.RequestUri = WithToken(original, token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!await IsTokenRejectedAsync(response, cancellationToken).ConfigureAwait(false))
        {
            return response;
        }

        response.Dispose();
        MemberCardsTelemetry.Retries.Add(1, new KeyValuePair<string, object?>("service", WeChatService.Name), new KeyValuePair<string, object?>("operation", original.GetLeftPart(UriPartial.Path)));
        var renewed = await tokens.RenewRejectedAsync(token, cancellationToken).ConfigureAwait(false);
        var retry = new HttpRequestMessage(request.Method, WithToken(original, renewed)) { Version = request.Version, VersionPolicy = request.VersionPolicy };
        foreach (var header in request.Headers)
        {
            retry.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        if (body is not null)
        {
            retry.Content = new ByteArrayContent(body);
            retry.Content.Headers.ContentType = contentType;
        }

        return await base.SendAsync(retry, cancellationToken).ConfigureAwait(false);
    }

    private static Uri WithToken(Uri uri, string token)
    {
        var text = uri.OriginalString;
        var separator = text.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return new Uri($"{text}{separator}access_token={Uri.EscapeDataString(token)}", uri.IsAbsoluteUri ? UriKind.Absolute : UriKind.Relative);
    }

    private static async Task<bool> IsTokenRejectedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            return false;
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var replacement = new ByteArrayContent(bytes);
        foreach (var header in response.Content.Headers)
        {
            replacement.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        response.Content = replacement;
        return ErrorCodeOf(bytes) is { } code && WeChatErrorCodes.IsTokenRejected(code);
    }

    private static int? ErrorCodeOf(byte[] bytes)
    {
        try
        {
            var reader = new Utf8JsonReader(bytes);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isCode = reader.ValueTextEquals("errcode"u8);
                reader.Read();
                if (isCode)
                {
                    return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var code) ? code : null;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return null;
    }
}
