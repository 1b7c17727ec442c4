using System.Net;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// Retries GET requests (only) on 5xx, 429 and network errors with exponential back-off on the injected clock,
/// honouring cancellation; after a network error it fails over to <see cref="WeChatPayOptions.BackupBaseAddress"/>
/// when one is set. Every attempt is signed afresh by the signing handler inside it.
/// </summary>
internal sealed class WeChatPayRetryHandler(WeChatPayOptions options, TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method != HttpMethod.Get || options.MaxRetries == 0)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        for (var attempt = 0; ; attempt++)
        {
            var last = attempt >= options.MaxRetries;
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!last && !cancellationToken.IsCancellationRequested && ex is HttpRequestException or IOException)
            {
                FailOver(request);
                await BackOffAsync(request, attempt, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (last || !IsTransient(response.StatusCode))
            {
                return response;
            }

            response.Dispose();
            await BackOffAsync(request, attempt, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsTransient(HttpStatusCode status) => (int)status >= 500 || status == HttpStatusCode.TooManyRequests;

    private void FailOver(HttpRequestMessage request)
    {
        if (options.BackupBaseAddress is { } backup && request.RequestUri is { } uri && !uri.AbsoluteUri.StartsWith(backup.AbsoluteUri, StringComparison.OrdinalIgnoreCase))
        {
            request.RequestUri = new Uri(backup, uri.PathAndQuery.TrimStart('/'));
        }
    }

    private async Task BackOffAsync(HttpRequestMessage request, int attempt, CancellationToken cancellationToken)
    {
        MemberCardsTelemetry.Retries.Add(
            1,
            new KeyValuePair<string, object?>("service", "WeChatPay"),
            new KeyValuePair<string, object?>("operation", request.Options.TryGetValue(WeChatPayRequestOptions.Operation, out var operation) ? operation : request.RequestUri?.AbsolutePath));
        var delay = options.RetryDelay * Math.Pow(2, attempt) * (0.8 + (Random.Shared.NextDouble() * 0.4));
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
