using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The outermost step of a merchant's pipeline (Microsoft.Extensions.Http.Resilience): bounded retries with
/// exponential back-off and jitter for GET, HEAD and OPTIONS only, on 5xx, 429, network errors, truncated answers
/// and per-attempt timeouts; POST, PATCH and DELETE are never retried, whatever the retry options say. After a
/// network error a retried request goes to <see cref="WeChatPayOptions.BackupBaseAddress"/> when one is set. Each
/// attempt passes the signing handler again, so each is signed anew. The innermost step reports errors as SDK
/// exceptions, so the retry decision reads those.
/// </summary>
internal static class WeChatPayResilience
{
    /// <summary>The defaults of the retry options of one registration, from its <see cref="WeChatPayOptions"/>.</summary>
    public static void ApplyDefaults(HttpRetryStrategyOptions retry, WeChatPayOptions options)
    {
        retry.MaxRetryAttempts = Math.Max(1, options.MaxRetries);
        retry.Delay = options.RetryDelay;
        retry.BackoffType = DelayBackoffType.Exponential;
        retry.UseJitter = true;
        retry.ShouldHandle = static args => ValueTask.FromResult(IsTransient(args.Outcome));
    }

    /// <summary>Builds the pipeline of the registration <paramref name="name"/> (rebuilt when its options change).</summary>
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context, string name)
    {
        // The SDK's own step records every attempt (membercards.request.duration) and every retry
        // (membercards.request.retries); Polly's per-execution telemetry would only add allocations to each call.
        builder.TelemetryListener = null;
        context.EnableReloads<WeChatPayOptions>(name);
        context.EnableReloads<HttpRetryStrategyOptions>(WeChatPayMerchantRegistry.HttpClientName(name));
        var options = context.ServiceProvider.GetRequiredService<IOptionsMonitor<WeChatPayOptions>>().Get(name);
        if (options.MaxRetries > 0)
        {
            // A fresh instance: the defaults are read from the WeChatPayOptions of now, not cached.
            var retry = context.ServiceProvider.GetRequiredService<IOptionsFactory<HttpRetryStrategyOptions>>().Create(WeChatPayMerchantRegistry.HttpClientName(name));
            var shouldHandle = retry.ShouldHandle;
            var onRetry = retry.OnRetry;
            var backup = options.BackupBaseAddress;
            builder.AddRetry(new HttpRetryStrategyOptions
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
                    if (backup is not null && request is not null && IsNetworkError(args.Outcome.Exception))
                    {
                        FailOver(request, backup);
                    }

                    MemberCardsTelemetry.Retries.Add(
                        1,
                        new KeyValuePair<string, object?>("service", WeChatPayConstants.ServiceName),
                        new KeyValuePair<string, object?>("registration", name),
                        new KeyValuePair<string, object?>("operation", MemberCardsHttp.OperationOf(request)));
                    return onRetry is null ? default : onRetry(args);
                },
            });
        }

        builder.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = options.AttemptTimeout });
    }

    /// <summary>Whether an attempt failed in a way a retry may cure (the default retry predicate).</summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: MemberCardsApiException api } => api.StatusCode >= 500 || api.StatusCode == (int)HttpStatusCode.TooManyRequests,
        { Exception: { } exception } => IsNetworkError(exception) || exception is TimeoutRejectedException,
        { Result: { } response } => (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests,
        _ => false,
    };

    private static bool IsNetworkError(Exception? exception) => exception switch
    {
        HttpRequestException or IOException => true,
        MemberCardsApiException or MemberCardsSignatureException or MemberCardsFormatException => false,
        MemberCardsException { InnerException: HttpRequestException or IOException } => true,
        _ => false,
    };

    private static void FailOver(HttpRequestMessage request, Uri backup)
    {
        if (request.RequestUri is { IsAbsoluteUri: true } uri && !uri.AbsoluteUri.StartsWith(backup.AbsoluteUri, StringComparison.OrdinalIgnoreCase))
        {
            var root = backup.AbsoluteUri.EndsWith('/') ? backup : new Uri(backup.AbsoluteUri + "/");
            request.RequestUri = new Uri(root, uri.PathAndQuery.TrimStart('/'));
        }
    }
}
