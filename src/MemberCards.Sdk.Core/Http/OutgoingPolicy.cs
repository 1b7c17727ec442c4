namespace MemberCards.Sdk;

/// <summary>
/// What a registration's options say about retries and time limits, read each time its pipeline is (re)built.
/// </summary>
/// <param name="MaxRetries">How often an idempotent request is retried after its first attempt (0: never).</param>
/// <param name="RetryDelay">The base delay of the exponential, jittered back-off.</param>
/// <param name="AttemptTimeout">The time limit of one attempt (on the host's <see cref="TimeProvider"/>).</param>
/// <param name="TotalTimeout">The <see cref="HttpClient.Timeout"/>: all attempts together (<see cref="Timeout.InfiniteTimeSpan"/> for none).</param>
/// <param name="FailoverAddress">Where a retry goes after a network error, or <see langword="null"/>.</param>
internal readonly record struct OutgoingPolicy(int MaxRetries, TimeSpan RetryDelay, TimeSpan AttemptTimeout, TimeSpan TotalTimeout, Uri? FailoverAddress = null);
