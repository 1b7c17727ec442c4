namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The hint of a rate-limit answer (HTTP 429, <c>RATELIMIT_EXCEEDED</c> or <c>FREQUENCY_LIMITED</c>): says it is a rate
/// limit, what the limit is, and that a write was not retried.
/// </summary>
internal static class WeChatPayRateLimitHint
{
    /// <summary>The hint for a rate-limit answer to a request of <paramref name="method"/>.</summary>
    /// <param name="method">The request's method, when known.</param>
    /// <returns>The hint.</returns>
    public static string For(HttpMethod? method)
    {
        var write = method is not null && method != HttpMethod.Get;
        return "Rate limited: WeChat Pay allows about 5 requests per second per service-provider merchant on the brand member card calls "
            + "(10 per second on a few); nothing was done. "
            + (write
                ? "The SDK never retries a write: send the same request object again after a pause (it keeps its out_request_no)."
                : "The SDK retried this read as configured (MaxRetries); slow down or spread the calls.");
    }
}
