using MemberCards.Sdk.WeChat;

namespace MemberCards.Sdk.AspNetCore;

/// <summary>
/// The HTTP side of a WeChat server URL over <see cref="IWeChatDispatcher"/>: GET answers the URL verification with
/// <c>echostr</c>; POST goes through the shared <see cref="InboundEndpoint{TOptions, TResult}"/> skeleton (the dispatcher
/// verifies, checks the timestamp, decrypts, claims and runs the <see cref="IWeChatMessageHandler{TEvent}"/> handlers).
/// WeChat stops re-sending on HTTP 200 with an empty body, which is answered for handled, duplicate and unhandled
/// events; a failing handler gets HTTP 500 and an event being handled by another delivery 503, so WeChat retries.
/// </summary>
internal sealed class WeChatCardEventsEndpoint(string name) : InboundEndpoint<WeChatCardsOptions, WeChatDispatchResult>(WeChatConstants.ServiceName, name)
{
    private const string TextPlain = "text/plain; charset=utf-8";

    /// <summary>Creates the request delegate for the registration <paramref name="name"/>.</summary>
    /// <param name="name">The registration name.</param>
    /// <returns>The delegate.</returns>
    public static RequestDelegate Create(string name)
    {
        var endpoint = new WeChatCardEventsEndpoint(name);
        return context => HttpMethods.IsGet(context.Request.Method) ? endpoint.VerifyUrlAsync(context) : endpoint.HandleAsync(context);
    }

    protected override int MaxMessageBytes(WeChatCardsOptions registration) => registration.MaxMessageBytes;

    protected override Task<WeChatDispatchResult> DispatchAsync(HttpContext context, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
        => Dispatcher(context).DispatchAsync(WeChatPushQuery.Parse(context.Request.QueryString.Value), body, cancellationToken);

    protected override Task WriteSuccessAsync(HttpContext context, WeChatDispatchResult result)
        => Answer.WriteAsync(context, StatusCodes.Status200OK, TextPlain, result.Reply);

    protected override Task WriteFailureAsync(HttpContext context, int statusCode, string message)
        => Answer.WriteAsync(context, statusCode, TextPlain, message);

    private Task VerifyUrlAsync(HttpContext context)
    {
        var logger = Answer.Logger(context);
        try
        {
            var echo = Dispatcher(context).VerifyUrl(WeChatPushQuery.Parse(context.Request.QueryString.Value));
            return Answer.WriteAsync(context, StatusCodes.Status200OK, TextPlain, echo);
        }
        catch (MemberCardsSignatureException ex)
        {
            EndpointLog.SignatureFailed(logger, Service, ex.Message);
            return WriteFailureAsync(context, StatusCodes.Status401Unauthorized, "signature verification failed");
        }
        catch (MemberCardsFormatException ex)
        {
            EndpointLog.Malformed(logger, Service, ex.Message);
            return WriteFailureAsync(context, StatusCodes.Status400BadRequest, "malformed message");
        }
    }

    private IWeChatDispatcher Dispatcher(HttpContext context)
        => context.RequestServices.GetRequiredService<IWeChatDispatcherFactory>().Create(Name);
}
