using Microsoft.Extensions.Http.Resilience;
using Polly.Timeout;

namespace MemberCards.Sdk;

/// <summary>
/// The one retry rule of every service: only idempotent requests (GET, HEAD, OPTIONS) are ever sent again, on a
/// 5xx or 429 answer, a network error or an attempt timeout; every retry is counted in
/// <c>membercards.request.retries</c>; after a network error a retry may go to the registration's failover address.
/// </summary>
internal static class MemberCardsRetry
{
    /// <summary>Whether an attempt failed in a way a retry may cure (the default <c>ShouldHandle</c>).</summary>
    /// <param name="outcome">The attempt's outcome.</param>
    /// <returns><see langword="true"/> when a retry may cure it.</returns>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome.Exception switch
    {
        null => outcome.Result is { } response && ((int)response.StatusCode >= 500 || (int)response.StatusCode == 429),
        MemberCardsApiException api => api.StatusCode is >= 500 or 429,
        TimeoutRejectedException => true,
        { } exception => IsNetworkError(exception),
    };

    /// <summary>
    /// The retry strategy of a registration: the host's <see cref="HttpRetryStrategyOptions"/> (their defaults come
    /// from the registration's options), with the idempotency rule, the count and the failover always applied.
    /// </summary>
    /// <param name="retry">The registration's retry options (a fresh instance).</param>
    /// <param name="service">The service name.</param>
    /// <param name="registration">The registration name.</param>
    /// <param name="failover">Where a retry goes after a network error, or <see langword="null"/>.</param>
    /// <returns>The strategy options to add.</returns>
    public static HttpRetryStrategyOptions Strategy(HttpRetryStrategyOptions retry, string service, string registration, Uri? failover)
    {
        var shouldHandle = retry.ShouldHandle;
        var onRetry = retry.OnRetry;
        return new HttpRetryStrategyOptions
        {
            Name = retry.Name,
            MaxRetryAttempts = retry.MaxRetryAttempts,
            Delay = retry.Delay,
            MaxDelay = retry.MaxDelay,
            BackoffType = retry.BackoffType,
            UseJitter = retry.UseJitter,
            DelayGenerator = retry.DelayGenerator,
            ShouldRetryAfterHeader = retry.ShouldRetryAfterHeader,

            // Whatever the options say, a request that is not idempotent is never sent twice.
            ShouldHandle = args => args.Context.GetRequestMessage() is { } request && MemberCardsHttp.IsIdempotent(request.Method)
                ? shouldHandle(args)
                : ValueTask.FromResult(false),
            OnRetry = args =>
            {
                var request = args.Context.GetRequestMessage();
                if (failover is not null && request is not null && IsNetworkError(args.Outcome.Exception))
                {
                    FailOver(request, failover);
                }

                Count(service, registration, request);
                return onRetry is null ? default : onRetry(args);
            },
        };
    }

    /// <summary>Counts one retry in <c>membercards.request.retries</c> (the resilience step's, or an authentication step's one renewal).</summary>
    /// <param name="service">The service name.</param>
    /// <param name="registration">The registration name.</param>
    /// <param name="request">The request sent again.</param>
    public static void Count(string service, string registration, HttpRequestMessage? request)
        => MemberCardsTelemetry.Retries.Add(
            1,
            new KeyValuePair<string, object?>("service", service),
            new KeyValuePair<string, object?>("registration", registration),
            new KeyValuePair<string, object?>("operation", MemberCardsHttp.OperationOf(request)));

    /// <summary>Sets the defaults of a registration's retry options from its policy.</summary>
    /// <param name="retry">The options to set.</param>
    /// <param name="policy">The registration's policy.</param>
    public static void ApplyDefaults(HttpRetryStrategyOptions retry, OutgoingPolicy policy)
    {
        retry.MaxRetryAttempts = Math.Max(1, policy.MaxRetries);
        retry.Delay = policy.RetryDelay;
        retry.BackoffType = DelayBackoffType.Exponential;
        retry.UseJitter = true;
        retry.ShouldHandle = static args => ValueTask.FromResult(IsTransient(args.Outcome));
    }

    private static bool IsNetworkError(Exception? exception) => exception switch
    {
        HttpRequestException or IOException => true,
        MemberCardsApiException or MemberCardsSignatureException or MemberCardsFormatException => false,
        MemberCardsException { InnerException: HttpRequestException or IOException or TimeoutRejectedException } => true,
        _ => false,
    };

    private static void FailOver(HttpRequestMessage request, Uri failover)
    {
        if (request.RequestUri is { IsAbsoluteUri: true } uri && !uri.AbsoluteUri.StartsWith(failover.AbsoluteUri, StringComparison.OrdinalIgnoreCase))
        {
            var root = failover.AbsoluteUri.EndsWith('/') ? failover : new Uri(failover.AbsoluteUri + "/");
            request.RequestUri = new Uri(root, uri.PathAndQuery.TrimStart('/'));
        }
    }
}
