namespace MemberCards.Sdk.Testing.WeChatPay;

/// <summary>The emulator's per-merchant rate limit on the brand member card routes (off unless <see cref="RateLimitPerSecond"/> is set).</summary>
public sealed partial class WeChatPayEmulator
{
    private readonly Queue<DateTimeOffset> recentCalls = new();

    /// <summary>
    /// How many authenticated brand member card requests a second the emulator accepts, as WeChat Pay does (5 by
    /// default there); the one over it is answered 429 <c>RATELIMIT_EXCEEDED</c>. <see langword="null"/> (the default): no limit.
    /// </summary>
    public int? RateLimitPerSecond { get; set; }

    /// <summary>Answers 429 and returns <see langword="false"/> when the request is over the limit within the last second (by the emulator's clock).</summary>
    private async Task<bool> WithinRateLimitAsync(HttpContext context)
    {
        if (RateLimitPerSecond is not { } limit || !context.Request.Path.StartsWithSegments(WeChatPayConstants.PartnerPrefix, StringComparison.Ordinal))
        {
            return true;
        }

        var now = options.TimeProvider.GetUtcNow();
        bool within;
        lock (recentCalls)
        {
            while (recentCalls.Count > 0 && now - recentCalls.Peek() >= TimeSpan.FromSeconds(1))
            {
                recentCalls.Dequeue();
            }

            within = recentCalls.Count < limit;
            if (within)
            {
                recentCalls.Enqueue(now);
            }
        }

        if (!within)
        {
            await ErrorAsync(context, 429, WeChatPayConstants.RateLimitExceededCode, "请求超过频率限制: more than the allowed requests per second").ConfigureAwait(false);
        }

        return within;
    }
}
