using MemberCards.Sdk.WeChat;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.AspNetCore;

/// <summary>
/// The HTTP side of a WeChat server URL over <see cref="IWeChatEventProcessor"/>: GET answers the URL
/// verification with <c>echostr</c>; POST verifies (and in safe mode decrypts), de-duplicates on FromUserName +
/// CreateTime and runs the <see cref="IWeChatEventHandler{TEvent}"/> handlers. WeChat stops re-sending on HTTP 200
/// with an empty body, which is answered for handled, duplicate and unhandled events; a failing handler gets
/// HTTP 500 so the retry is handled again.
/// </summary>
internal static class WeChatCardEventsEndpoint
{
    private const string Service = "WeChat";
    private const string TextPlain = "text/plain; charset=utf-8";

    /// <summary>Creates the request delegate for the account registered under <paramref name="name"/>.</summary>
    /// <param name="name">The options name.</param>
    /// <returns>The delegate.</returns>
    public static RequestDelegate Create(string name) => context => HttpMethods.IsGet(context.Request.Method)
        ? VerifyUrlAsync(context, name)
        : ReceiveAsync(context, name);

    private static Task VerifyUrlAsync(HttpContext context, string name)
    {
        var logger = Answer.Logger(context);
        var processor = context.RequestServices.GetRequiredService<IWeChatClientFactory>().GetEventProcessor(name);
        try
        {
            var echo = processor.VerifyUrl(WeChatPushQuery.Parse(context.Request.QueryString.Value));
            return Answer.WriteAsync(context, StatusCodes.Status200OK, TextPlain, echo);
        }
        catch (MemberCardsSignatureException ex)
        {
            EndpointLog.SignatureFailed(logger, Service, ex.Message);
            return Answer.WriteAsync(context, StatusCodes.Status401Unauthorized, TextPlain, "invalid signature");
        }
        catch (MemberCardsFormatException ex)
        {
            EndpointLog.Malformed(logger, Service, ex.Message);
            return Answer.WriteAsync(context, StatusCodes.Status400BadRequest, TextPlain, "bad request");
        }
    }

    private static async Task ReceiveAsync(HttpContext context, string name)
    {
        var services = context.RequestServices;
        var logger = Answer.Logger(context);
        var limit = services.GetRequiredService<IOptionsMonitor<WeChatCardsOptions>>().Get(name).MaxEventBytes;
        var body = await RequestBody.ReadAsync(context.Request, limit, context.RequestAborted).ConfigureAwait(false);
        if (body is not { } bytes)
        {
            EndpointLog.TooLarge(logger, Service, limit, context.Request.ContentLength);
            await Answer.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, TextPlain, "body too large").ConfigureAwait(false);
            return;
        }

        var processor = services.GetRequiredService<IWeChatClientFactory>().GetEventProcessor(name);
        var query = WeChatPushQuery.Parse(context.Request.QueryString.Value);
        WeChatEventResult result;
        try
        {
            result = await processor.HandleAsync(query, bytes, (e, ct) => RunHandlersAsync(services, logger, e, ct), context.RequestAborted).ConfigureAwait(false);
        }
        catch (MemberCardsSignatureException ex)
        {
            EndpointLog.SignatureFailed(logger, Service, ex.Message);
            await Answer.WriteAsync(context, StatusCodes.Status401Unauthorized, TextPlain, "invalid signature").ConfigureAwait(false);
            return;
        }
        catch (MemberCardsFormatException ex)
        {
            EndpointLog.Malformed(logger, Service, ex.Message);
            await Answer.WriteAsync(context, StatusCodes.Status400BadRequest, TextPlain, "malformed event").ConfigureAwait(false);
            return;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !context.RequestAborted.IsCancellationRequested)
        {
            EndpointLog.HandlerFailed(logger, ex, Service);
            await Answer.WriteAsync(context, StatusCodes.Status500InternalServerError, TextPlain, "please retry").ConfigureAwait(false);
            return;
        }

        if (result.IsInProgress)
        {
            EndpointLog.Duplicate(logger, Service, result.Event.DeduplicationKey);
            await Answer.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, TextPlain, "being processed, please retry").ConfigureAwait(false);
            return;
        }

        if (result.IsDuplicate)
        {
            EndpointLog.Duplicate(logger, Service, result.Event.DeduplicationKey);
        }
        else
        {
            EndpointLog.Done(logger, Service, result.Event.EventName ?? "event", result.Event.DeduplicationKey);
        }

        await Answer.WriteAsync(context, StatusCodes.Status200OK, TextPlain, result.Reply).ConfigureAwait(false);
    }

    private static async Task RunHandlersAsync(IServiceProvider services, Microsoft.Extensions.Logging.ILogger logger, WeChatEvent @event, CancellationToken cancellationToken)
    {
        if (await WeChatEventHandlerInvoker.InvokeAsync(services, @event, cancellationToken).ConfigureAwait(false) == 0)
        {
            EndpointLog.NoHandler(logger, Service, @event.EventName);
        }
    }
}
