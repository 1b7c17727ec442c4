using MemberCards.Sdk.WeChatPay;

namespace MemberCards.Sdk.AspNetCore;

/// <summary>
/// The HTTP side of a WeChat Pay notify URL over <see cref="IWeChatPayDispatcher"/>: the shared inbound skeleton,
/// answering 200 without a body when handled (or a duplicate, or no handler) and
/// <c>{"code":"FAIL","message":...}</c> with 413, 401, 400, 500 or 503 otherwise (WeChat Pay redelivers).
/// </summary>
/// <param name="name">The merchant's registration name, or <see langword="null"/> to read it from the route per request.</param>
internal sealed class WeChatPayNotificationsEndpoint(string? name) : InboundEndpoint<WeChatPayOptions, WeChatPayDispatchResult>(WeChatPayConstants.ServiceName, name)
{
    /// <inheritdoc />
    protected override int MaxMessageBytes(WeChatPayOptions registration) => registration.MaxMessageBytes;

    /// <inheritdoc />
    protected override Task<WeChatPayDispatchResult> DispatchAsync(HttpContext context, string name, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in context.Request.Headers)
        {
            headers[header.Key] = header.Value.ToString();
        }

        return context.RequestServices.GetRequiredService<IWeChatPayDispatcherFactory>().Create(name).DispatchAsync(headers, body, cancellationToken);
    }

    /// <inheritdoc />
    protected override Task WriteSuccessAsync(HttpContext context, WeChatPayDispatchResult result)
        => Answer.WriteAsync(context, StatusCodes.Status200OK, null, string.Empty);

    /// <inheritdoc />
    protected override Task WriteFailureAsync(HttpContext context, int statusCode, string message)
    {
        var answer = WeChatPayNotificationAnswer.Failure(statusCode, message);
        return Answer.WriteAsync(context, answer.StatusCode, answer.ContentType, answer.Body ?? string.Empty);
    }
}
