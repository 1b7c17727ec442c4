using MemberCards.Sdk.Youzan;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.AspNetCore;

/// <summary>
/// The HTTP side of a Youzan push endpoint over <see cref="IYouzanPushDispatcher"/>: the dispatcher verifies,
/// de-duplicates and runs the <see cref="IYouzanPushHandler{TEvent}"/> handlers; this class only adapts HTTP.
/// Youzan re-sends a push until it gets HTTP 2xx with <c>{"code":0,"msg":"success"}</c>, so that body is sent only
/// when the push was handled (or was a duplicate, a health check, or has no handler); every failure is answered
/// without it.
/// </summary>
internal static class YouzanPushEndpoint
{
    private const string Service = "Youzan";
    private const string EventSignHeader = "Event-Sign";

    /// <summary>Creates the request delegate for the Youzan app registered under <paramref name="name"/>.</summary>
    /// <param name="name">The options name.</param>
    /// <returns>The delegate.</returns>
    public static RequestDelegate Create(string name) => context => HandleAsync(context, name);

    private static async Task HandleAsync(HttpContext context, string name)
    {
        var services = context.RequestServices;
        var logger = Answer.Logger(context);
        var limit = services.GetRequiredService<IOptionsMonitor<YouzanOptions>>().Get(name).MaxBodyBytes;
        var body = await RequestBody.ReadAsync(context.Request, limit, context.RequestAborted).ConfigureAwait(false);
        if (body is not { } bytes)
        {
            EndpointLog.TooLarge(logger, Service, limit, context.Request.ContentLength);
            await FailAsync(context, StatusCodes.Status413PayloadTooLarge, "body too large").ConfigureAwait(false);
            return;
        }

        var dispatcher = services.GetRequiredService<IYouzanPushDispatcherFactory>().Create(name);
        var eventSign = context.Request.Headers[EventSignHeader].ToString();
        YouzanDispatchResult result;
        try
        {
            result = await dispatcher.DispatchAsync(bytes, eventSign.Length == 0 ? null : eventSign, context.RequestAborted).ConfigureAwait(false);
        }
        catch (MemberCardsSignatureException ex)
        {
            EndpointLog.SignatureFailed(logger, Service, ex.Message);
            await FailAsync(context, StatusCodes.Status401Unauthorized, "invalid sign").ConfigureAwait(false);
            return;
        }
        catch (MemberCardsFormatException ex)
        {
            EndpointLog.Malformed(logger, Service, ex.Message);
            await FailAsync(context, StatusCodes.Status400BadRequest, "malformed push").ConfigureAwait(false);
            return;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !context.RequestAborted.IsCancellationRequested)
        {
            EndpointLog.HandlerFailed(logger, ex, Service);
            await FailAsync(context, StatusCodes.Status500InternalServerError, "handler failed, please retry").ConfigureAwait(false);
            return;
        }

        if (result.Outcome == YouzanDispatchOutcome.InProgress)
        {
            EndpointLog.Duplicate(logger, Service, result.DeduplicationKey);
            await FailAsync(context, StatusCodes.Status503ServiceUnavailable, "being processed, please retry").ConfigureAwait(false);
            return;
        }

        if (result.Outcome == YouzanDispatchOutcome.Duplicate)
        {
            EndpointLog.Duplicate(logger, Service, result.DeduplicationKey);
        }
        else if (result.Outcome == YouzanDispatchOutcome.Unhandled)
        {
            EndpointLog.NoHandler(logger, Service, result.Push.Type);
        }
        else
        {
            EndpointLog.Done(logger, Service, result.Outcome.ToString(), result.DeduplicationKey);
        }

        await Answer.WriteAsync(context, StatusCodes.Status200OK, YouzanPushReply.ContentType, result.ReplyJson).ConfigureAwait(false);
    }

    private static Task FailAsync(HttpContext context, int statusCode, string message)
        => Answer.WriteAsync(context, statusCode, YouzanPushReply.ContentType, $$"""{"code":{{statusCode}},"msg":"{{message}}"}""");
}
