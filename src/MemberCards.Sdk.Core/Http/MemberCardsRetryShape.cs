using Microsoft.Extensions.Http.Resilience;

namespace MemberCards.Sdk;

/// <summary>
/// What a resilience pipeline reads from a registration's <see cref="HttpRetryStrategyOptions"/>, as one value: the
/// pipeline is rebuilt after a reload only when this differs (<see cref="MemberCardsResiliencePipelines.ReloadOn"/>).
/// Delegates compare by target and method, so the SDK's static defaults are the same after a reload; a host's lambda
/// that captures state is a new delegate each time the options are built, and rebuilds the pipeline, as before.
/// </summary>
/// <param name="Name">The strategy name.</param>
/// <param name="MaxRetryAttempts">The retry count.</param>
/// <param name="Delay">The base delay.</param>
/// <param name="MaxDelay">The longest delay, or <see langword="null"/>.</param>
/// <param name="BackoffType">The back-off type.</param>
/// <param name="UseJitter">Whether the delays are jittered.</param>
/// <param name="ShouldRetryAfterHeader">Whether a <c>Retry-After</c> header sets the delay.</param>
/// <param name="ShouldHandle">Which outcomes are retried.</param>
/// <param name="DelayGenerator">The host's delay generator, or <see langword="null"/>.</param>
/// <param name="OnRetry">The host's retry callback, or <see langword="null"/>.</param>
/// <param name="Randomizer">The jitter's random source.</param>
internal readonly record struct MemberCardsRetryShape(
    string? Name,
    int MaxRetryAttempts,
    TimeSpan Delay,
    TimeSpan? MaxDelay,
    DelayBackoffType BackoffType,
    bool UseJitter,
    bool ShouldRetryAfterHeader,
    Delegate? ShouldHandle,
    Delegate? DelayGenerator,
    Delegate? OnRetry,
    Delegate? Randomizer)
{
    /// <summary>The shape of <paramref name="retry"/>.</summary>
    /// <param name="retry">The retry options.</param>
    /// <returns>Its shape.</returns>
    public static MemberCardsRetryShape Of(HttpRetryStrategyOptions retry)
    {
        ArgumentNullException.ThrowIfNull(retry);
        return new(
            retry.Name,
            retry.MaxRetryAttempts,
            retry.Delay,
            retry.MaxDelay,
            retry.BackoffType,
            retry.UseJitter,
            retry.ShouldRetryAfterHeader,
            retry.ShouldHandle,
            retry.DelayGenerator,
            retry.OnRetry,
            retry.Randomizer);
    }
}
