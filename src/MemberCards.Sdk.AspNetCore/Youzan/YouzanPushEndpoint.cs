using MemberCards.Sdk.Youzan;

namespace MemberCards.Sdk.AspNetCore;

/// <summary>
/// The HTTP side of a Youzan push endpoint: the shared <see cref="InboundEndpoint{TOptions, TResult}"/> skeleton over
/// <see cref="IYouzanDispatcher"/> (which verifies, claims and runs the <see cref="IYouzanMessageHandler{TMessage}"/>
/// handlers). Youzan re-sends a push until it gets HTTP 2xx with <c>{"code":0,"msg":"success"}</c>, so that body is
/// sent only when the push was handled, a duplicate, a health check or has no handler; every failure (and a push
/// being handled by another delivery, 503) is answered with <c>{"code":&lt;status&gt;,"msg":...}</c>.
/// </summary>
/// <param name="name">The registration name of the app (empty for the default one).</param>
internal sealed class YouzanPushEndpoint(string name) : InboundEndpoint<YouzanOptions, YouzanDispatchResult>(YouzanConstants.ServiceName, name)
{
    protected override int MaxMessageBytes(YouzanOptions registration) => registration.MaxMessageBytes;

    protected override Task<YouzanDispatchResult> DispatchAsync(HttpContext context, string name, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var dispatcher = context.RequestServices.GetRequiredService<IYouzanDispatcherFactory>().Create(name);
        var eventSign = context.Request.Headers[YouzanConstants.EventSignHeader].ToString();
        return dispatcher.DispatchAsync(body, eventSign.Length == 0 ? null : eventSign, cancellationToken);
    }

    protected override Task WriteSuccessAsync(HttpContext context, YouzanDispatchResult result)
        => Answer.WriteAsync(context, StatusCodes.Status200OK, YouzanConstants.ReplyContentType, result.Reply);

    protected override Task WriteFailureAsync(HttpContext context, int statusCode, string message)
        => Answer.WriteAsync(context, statusCode, YouzanConstants.ReplyContentType, $$"""{"code":{{statusCode}},"msg":"{{message}}"}""");
}
