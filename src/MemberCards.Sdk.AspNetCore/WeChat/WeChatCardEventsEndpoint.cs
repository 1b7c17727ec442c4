using MemberCards.Sdk.WeChat;

namespace MemberCards.Sdk.AspNetCore;

/// <summary>
/// The HTTP side of a WeChat server URL over <see cref="IWeChatDispatcher"/>: GET answers the URL verification with
/// <c>echostr</c>; POST goes through the shared <see cref="InboundEndpoint{TOptions, TResult}"/> skeleton (the dispatcher
/// verifies, checks the timestamp, decrypts, claims and runs the <see cref="IWeChatMessageHandler{TEvent}"/> handlers).
/// WeChat stops re-sending on HTTP 200 with an empty body, which is answered for handled, duplicate and unhandled
/// events; a failing handler gets HTTP 500 and an event being handled by another delivery 503, so WeChat retries.
/// </summary>
/// <param name="name">The account's registration name, or <see langword="null"/> to read it from the route per request.</param>
internal sealed class WeChatCardEventsEndpoint(string? name) : InboundEndpoint<WeChatCardsOptions, WeChatDispatchResult>(WeChatConstants.ServiceName, name)
{
    private const string TextPlain = "text/plain; charset=utf-8";

    /// <summary>Creates the request delegate for the registration <paramref name="name"/>.</summary>
    /// <param name="name">The registration name, or <see langword="null"/> to read it from the route per request.</param>
    /// <returns>The delegate.</returns>
    public static RequestDelegate Create(string? name)
    {
        var endpoint = new WeChatCardEventsEndpoint(name);
        return context => HttpMethods.IsGet(context.Request.Method) ? endpoint.VerifyUrlAsync(context) : endpoint.HandleAsync(context);
    }

    protected override int MaxMessageBytes(WeChatCardsOptions registration) => registration.MaxMessageBytes;

    protected override Task<WeChatDispatchResult> DispatchAsync(HttpContext context, string name, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
        => Dispatcher(context, name).DispatchAsync(WeChatPushQuery.Parse(context.Request.QueryString.Value), body, cancellationToken);

    protected override Task WriteSuccessAsync(HttpContext context, WeChatDispatchResult result)
        => Answer.WriteAsync(context, StatusCodes.Status200OK, TextPlain, result.Reply);

    protected override Task WriteFailureAsync(HttpContext context, int statusCode, string message)
        => Answer.WriteAsync(context, statusCode, TextPlain, message);

    private async Task VerifyUrlAsync(HttpContext context)
    {
        var logger = Answer.Logger(context);
        if (await RegistrationAsync(context, logger).ConfigureAwait(false) is not { } registration)
        {
            return;
        }

        string echo;
        try
        {
            echo = Dispatcher(context, registration).VerifyUrl(WeChatPushQuery.Parse(context.Request.QueryString.Value));
        }
        catch (Exception ex)
        {
            // A bad signature 401, a malformed query 400; the configuration failed (an account served through the
            // route without a PushToken, say) 500: the same answers as on POST.
            await AnswerFailureAsync(context, logger, ex).ConfigureAwait(false);
            return;
        }

        await Answer.WriteAsync(context, StatusCodes.Status200OK, TextPlain, echo).ConfigureAwait(false);
    }

    private static IWeChatDispatcher Dispatcher(HttpContext context, string name)
        => context.RequestServices.GetRequiredService<IWeChatDispatcherFactory>().Create(name);
}
