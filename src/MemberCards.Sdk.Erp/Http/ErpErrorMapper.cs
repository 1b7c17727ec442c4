namespace MemberCards.Sdk.Erp;

/// <summary>
/// The ERP's reading of its answers, for the shared last step of the pipeline (so the SDK's own endpoint and
/// every user API added with <c>AddApi</c> map errors the same way). The whole answer is read under
/// <see cref="ErpConstants.MaxAnswerBytes"/>. A non-2xx answer is a <see cref="MemberCardsApiException"/> with
/// whatever <c>code</c>, <c>msg</c> and <c>info</c> the body carries (the pipeline reports a 5xx to a POST as
/// outcome-unknown with it as the cause); a 2xx JSON object whose <c>code</c> (a number or a string) is not
/// <see cref="ErpConstants.SuccessCode"/> is one too. Every other 2xx is a success and its body is set back for the caller.
/// Phone numbers in the remote text are masked (<see cref="Redaction.PhoneNumbersIn"/>). A 404 gets the
/// <see cref="ErpNotFoundHint"/> (the method, the address and the <c>BaseAddress</c> setting).
/// </summary>
internal sealed class ErpErrorMapper : IMemberCardsErrorMapper
{
    /// <summary>The one instance (the mapper holds no state).</summary>
    public static readonly ErpErrorMapper Instance = new();

    public async ValueTask<Exception?> MapAsync(HttpResponseMessage response, string registration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        var status = (int)response.StatusCode;
        var body = await ReadAsync(response, cancellationToken).ConfigureAwait(false);
        if (status is < 200 or >= 300)
        {
            return ErpAnswerReader.ReadFailure(body, status, status == 404 ? ErpNotFoundHint.For(response.RequestMessage, registration) : null);
        }

        if (ErpAnswerReader.FailureOf(body, status) is { } failure)
        {
            return failure;
        }

        var content = new ByteArrayContent(body);
        foreach (var header in response.Content.Headers)
        {
            content.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        content.Headers.ContentLength = body.Length;
        response.Content.Dispose();
        response.Content = content;
        return null;
    }

    private static async Task<byte[]> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var request = response.RequestMessage ?? new HttpRequestMessage();
        if (response.Content.Headers.ContentLength is > ErpConstants.MaxAnswerBytes)
        {
            throw TooLarge(request, cancellationToken);
        }

        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                using var buffer = new MemoryStream();
                var chunk = new byte[16 * 1024];
                int read;
                while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    if (buffer.Length + read > ErpConstants.MaxAnswerBytes)
                    {
                        throw TooLarge(request, cancellationToken);
                    }

                    buffer.Write(chunk, 0, read);
                }

                return buffer.ToArray();
            }
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            // The answer was cut off: the request reached the ERP, so for a write its outcome is unknown.
            throw MemberCardsHttp.ToSdkException(ErpConstants.ServiceName, request, ex, cancellationToken);
        }
    }

    private static Exception TooLarge(HttpRequestMessage request, CancellationToken cancellationToken)
        => MemberCardsHttp.ToSdkException(
            ErpConstants.ServiceName,
            request,
            new HttpRequestException($"The ERP's answer is over {ErpConstants.MaxAnswerBytes} bytes (ErpConstants.MaxAnswerBytes); it was not read."),
            cancellationToken);
}
