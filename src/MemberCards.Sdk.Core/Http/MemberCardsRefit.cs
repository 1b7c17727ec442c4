using Refit;

namespace MemberCards.Sdk;

/// <summary>
/// The Refit settings every MemberCards client uses: the SDK's JSON conventions over the service's
/// source-generated context, and exception factories that let no Refit exception reach a caller. A non-2xx
/// answer is turned into the SDK's exception by the pipeline's error-mapping step (which throws before Refit
/// sees the answer); a transport failure surfaces as the SDK exception the pipeline threw or, when it threw
/// none, as <see cref="MemberCardsException"/> (GET) / <see cref="MemberCardsOutcomeUnknownException"/> (writes);
/// a body that does not deserialize surfaces as <see cref="MemberCardsFormatException"/>.
/// </summary>
internal static class MemberCardsRefit
{
    /// <summary>Creates the Refit settings of one service.</summary>
    /// <param name="service">The service name, for error messages (<c>WeChatPay</c>, <c>WeChat</c>, <c>Erp</c> ...).</param>
    /// <param name="json">The service's serializer options (from <see cref="Serialization.MemberCardsJson.CreateOptions"/>).</param>
    /// <param name="utf8Answers">
    /// Whether the service's answers are UTF-8 by protocol (WeChat, WeChat Pay): then an answer the pipeline read whole is
    /// deserialized from those bytes without reading its <c>Content-Type</c> (<see cref="MemberCardsContentSerializer"/>).
    /// </param>
    /// <returns>New settings for <c>RestService.ForGenerated</c> / <c>AddRefitGeneratedClient</c>.</returns>
    public static RefitSettings CreateSettings(string service, JsonSerializerOptions json, bool utf8Answers)
    {
        ArgumentException.ThrowIfNullOrEmpty(service);
        ArgumentNullException.ThrowIfNull(json);
        return new RefitSettings(new MemberCardsContentSerializer(new SystemTextJsonContentSerializer(json), json, utf8Answers))
        {
            // The pipeline's error-mapping step has already thrown for every answer that is an error.
            ExceptionFactory = response => ValueTask.FromResult<Exception?>(response.IsSuccessStatusCode
                ? null
                : new MemberCardsApiException(service, (int)response.StatusCode, null, $"HTTP {(int)response.StatusCode}", null)),
            DeserializationExceptionFactory = (response, exception) => ValueTask.FromResult<Exception?>(
                exception as MemberCardsException
                ?? new MemberCardsFormatException(service, "the answer of " + MemberCardsHttp.OperationOf(response.RequestMessage), (exception as JsonException)?.Path ?? "$", exception.Message, exception)),
            TransportExceptionFactory = (request, exception, cancellationToken) => MemberCardsHttp.ToSdkException(service, request, exception, cancellationToken),
        };
    }
}
