namespace MemberCards.Sdk.Benchmarks.WeChatPay;

/// <summary>
/// A primary handler that asks the emulator once and then returns that signed answer (status, WeChat Pay headers and
/// body bytes) to every request, in memory. The SDK and the floor share one instance, so both pay the same for the
/// transport; the answer is asked for again after two minutes, well inside the five minutes in which a signed answer
/// is accepted.
/// </summary>
internal sealed class RecordedAnswerHandler(Uri emulator) : HttpMessageHandler
{
    private static readonly TimeSpan Freshness = TimeSpan.FromMinutes(2);
    private readonly HttpClient live = new() { BaseAddress = emulator };
    private Recorded? answer;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var current = answer;
        if (current is null || DateTimeOffset.UtcNow - current.At > Freshness)
        {
            current = await RecordAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var response = new HttpResponseMessage(current.Status) { RequestMessage = request, Content = new ByteArrayContent(current.Body) };
        if (current.ContentType is { } contentType)
        {
            response.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        foreach (var (name, value) in current.Headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    /// <summary>Shared by the SDK's client factory and the floor's HttpClient: neither may dispose it.</summary>
    protected override void Dispose(bool disposing)
    {
    }

    /// <summary>Disposes the connection to the emulator, when the benchmark is done.</summary>
    public void Close() => live.Dispose();

    private async Task<Recorded> RecordAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var copy = new HttpRequestMessage(request.Method, request.RequestUri);
        foreach (var header in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        using var response = await live.SendAsync(copy, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var headers = response.Headers
            .Where(h => h.Key.StartsWith("Wechatpay-", StringComparison.OrdinalIgnoreCase) || h.Key.Equals("Request-ID", StringComparison.OrdinalIgnoreCase))
            .Select(h => (h.Key, h.Value.First()))
            .ToArray();
        var recorded = new Recorded(DateTimeOffset.UtcNow, response.StatusCode, body, response.Content.Headers.ContentType?.ToString(), headers);
        answer = recorded;
        return recorded;
    }

    private sealed record Recorded(DateTimeOffset At, System.Net.HttpStatusCode Status, byte[] Body, string? ContentType, (string Name, string Value)[] Headers);
}
