namespace MemberCards.Sdk.Erp;

/// <summary>
/// The ERP's reading of its answers, for the shared last step of the pipeline (so the SDK's own endpoint and
/// every user API added with <c>AddApi</c> map errors the same way). The whole answer is read under
/// <see cref="ErpConstants.MaxAnswerBytes"/>. A non-2xx answer is a <see cref="MemberCardsApiException"/> with
/// whatever <c>code</c>, <c>msg</c> and <c>info</c> the body carries (the pipeline reports a 5xx to a POST as
/// outcome-unknown with it as the cause); a 2xx JSON object whose <c>code</c> (a number or a string) is not
/// <see cref="ErpConstants.SuccessCode"/> is one too. Every other 2xx is a success; its body, read once and buffered in
/// the answer's own content (<see cref="MemberCardsAnswerBody"/>), is read by the caller without another copy.
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
        try
        {
            // Read once and kept for the caller, buffered, so Refit's buffering before it deserializes copies nothing.
            await response.Content.LoadIntoBufferAsync(ErpConstants.MaxAnswerBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex) when (ex.HttpRequestError == HttpRequestError.ConfigurationLimitExceeded)
        {
            throw TooLarge(RequestOf(response), cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            // The answer was cut off: the request reached the ERP, so for a write its outcome is unknown.
            throw MemberCardsHttp.ToSdkException(ErpConstants.ServiceName, RequestOf(response), ex, cancellationToken);
        }

        var body = MemberCardsAnswerBody.Rent(response.Content, out var length);
        try
        {
            return status is < 200 or >= 300
                ? ErpAnswerReader.ReadFailure(body.AsSpan(0, length), status, status == 404 ? ErpNotFoundHint.For(response.RequestMessage, registration) : null)
                : ErpAnswerReader.FailureOf(body.AsSpan(0, length), status);
        }
        finally
        {
            MemberCardsAnswerBody.Return(body);
        }
    }

    private static HttpRequestMessage RequestOf(HttpResponseMessage response) => response.RequestMessage ?? new HttpRequestMessage();

    private static Exception TooLarge(HttpRequestMessage request, CancellationToken cancellationToken)
        => MemberCardsHttp.ToSdkException(
            ErpConstants.ServiceName,
            request,
            new HttpRequestException($"The ERP's answer is over {ErpConstants.MaxAnswerBytes} bytes (ErpConstants.MaxAnswerBytes); it was not read."),
            cancellationToken);
}
