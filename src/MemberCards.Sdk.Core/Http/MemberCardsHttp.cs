using Polly.Timeout;
using Refit;

namespace MemberCards.Sdk;

/// <summary>Facts about an outgoing request that every step of the pipeline reads the same way.</summary>
internal static class MemberCardsHttp
{
    /// <summary>The request option naming the operation (set it to override the Refit method name).</summary>
    public static readonly HttpRequestOptionsKey<string> OperationOption = new("MemberCards.Operation");

    private static readonly HttpRequestOptionsKey<string> RefitMethodName = new(HttpRequestMessageOptions.MethodName);

    // Refit method names are a small fixed set: each is trimmed once, not on every request.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Operations = new(StringComparer.Ordinal);

    /// <summary>
    /// The operation of a request: <see cref="OperationOption"/> when set, else the Refit method's name without
    /// its <c>Async</c> suffix, else the HTTP method.
    /// </summary>
    /// <param name="request">The request (may be <see langword="null"/>).</param>
    /// <returns>The operation name.</returns>
    public static string OperationOf(HttpRequestMessage? request)
    {
        if (request is null)
        {
            return "request";
        }

        if (request.Options.TryGetValue(OperationOption, out var operation) && !string.IsNullOrEmpty(operation))
        {
            return operation;
        }

        if (request.Options.TryGetValue(RefitMethodName, out var method) && !string.IsNullOrEmpty(method))
        {
            return Operations.GetOrAdd(method, static name => name.EndsWith("Async", StringComparison.Ordinal) ? name[..^5] : name);
        }

        return request.Method.Method;
    }

    /// <summary>
    /// Whether a request may be sent again without changing the outcome (GET, HEAD, OPTIONS): the one rule the
    /// SDK uses to decide retries and what a failure means. A failure of any other request (no answer, or a 5xx
    /// answer) leaves its outcome unknown.
    /// </summary>
    /// <param name="method">The HTTP method.</param>
    /// <returns><see langword="true"/> for GET, HEAD and OPTIONS.</returns>
    public static bool IsIdempotent(HttpMethod method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options;
    }

    /// <summary>
    /// The SDK exception for a transport failure: an SDK exception passes unchanged; the caller's cancellation
    /// passes unchanged; a failure to connect (connection refused, name resolution, TLS handshake: nothing was sent)
    /// becomes <see cref="MemberCardsException"/>; an attempt timeout becomes a <see cref="TimeoutException"/> cause; anything else becomes <see cref="MemberCardsException"/> for
    /// idempotent requests and <see cref="MemberCardsOutcomeUnknownException"/> for the others.
    /// </summary>
    /// <param name="service">The service.</param>
    /// <param name="request">The request that failed.</param>
    /// <param name="exception">What was thrown.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    /// <returns>The exception to surface.</returns>
    public static Exception ToSdkException(string service, HttpRequestMessage request, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is MemberCardsException || (exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            return exception;
        }

        var operation = OperationOf(request);
        if (exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError } notSent)
        {
            // No connection was established, so nothing was sent: the outcome is known (not applied) for every method.
            return new MemberCardsException(service, $"{service} could not be reached for '{operation}' ({notSent.HttpRequestError}); the request was not sent.", exception);
        }

        if (exception is TimeoutRejectedException timedOut)
        {
            // An attempt ran out of time: the cause is a TimeoutException that names the limit.
            exception = new TimeoutException($"{service} did not answer '{operation}' within {timedOut.Timeout}.", timedOut);
        }

        return IsIdempotent(request.Method)
            ? new MemberCardsException(service, $"{service} could not be reached for '{operation}' ({exception.Message}).", exception)
            : new MemberCardsOutcomeUnknownException(service, operation, null, exception);
    }
}
