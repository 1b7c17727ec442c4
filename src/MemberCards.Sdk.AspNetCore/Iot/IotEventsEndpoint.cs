using MemberCards.Sdk.Iot;
using MemberCards.Sdk.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.AspNetCore;

/// <summary>
/// The HTTP side of an IoT bridge endpoint over <see cref="IIotEventDispatcher"/>, which parses, de-duplicates on
/// <c>msgId</c> and runs the <see cref="IIotMessageHandler{TEvent}"/> handlers. Answers 200 for processed, duplicate
/// and ignored messages, 4xx for messages a retry cannot fix, and 500 when a handler failed, so the bridge redelivers.
/// </summary>
internal static class IotEventsEndpoint
{
    private const string Service = IotConstants.Service;
    private const string Json = "application/json; charset=utf-8";

    /// <summary>Creates the request delegate.</summary>
    /// <param name="options">The endpoint settings (copied).</param>
    /// <returns>The delegate.</returns>
    public static RequestDelegate Create(IotHttpEndpointOptions options)
    {
        var name = options.Name;
        var topicHeader = options.TopicHeader;
        var topicQuery = options.TopicQueryParameter;
        var bearer = string.IsNullOrEmpty(options.AccessToken) ? null : "Bearer " + options.AccessToken;
        return context => HandleAsync(context, name, topicHeader, topicQuery, bearer);
    }

    private static async Task HandleAsync(HttpContext context, string name, string topicHeader, string topicQuery, string? bearer)
    {
        var services = context.RequestServices;
        var logger = Answer.Logger(context);
        if (bearer is not null && !FixedTimeText.Equals(bearer, context.Request.Headers.Authorization.ToString()))
        {
            EndpointLog.Unauthorized(logger, Service);
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await ReplyAsync(context, StatusCodes.Status401Unauthorized, "unauthorized").ConfigureAwait(false);
            return;
        }

        var topic = context.Request.Headers[topicHeader].ToString();
        if (topic.Length == 0)
        {
            topic = context.Request.Query[topicQuery].ToString();
        }

        if (topic.Length == 0)
        {
            EndpointLog.Malformed(logger, Service, $"no topic in the {topicHeader} header or the '{topicQuery}' query parameter");
            await ReplyAsync(context, StatusCodes.Status400BadRequest, "missing topic").ConfigureAwait(false);
            return;
        }

        var limit = services.GetRequiredService<IOptionsMonitor<IotOptions>>().Get(name).MaxMessageBytes;
        var body = await RequestBody.ReadAsync(context.Request, limit, context.RequestAborted).ConfigureAwait(false);
        if (body is not { } bytes)
        {
            EndpointLog.TooLarge(logger, Service, limit, context.Request.ContentLength);
            await ReplyAsync(context, StatusCodes.Status413PayloadTooLarge, "body too large").ConfigureAwait(false);
            return;
        }

        IotDispatchResult result;
        try
        {
            result = await services.GetRequiredService<IIotEventDispatcherFactory>().Create(name).DispatchAsync(topic, bytes, context.RequestAborted).ConfigureAwait(false);
        }
        catch (MemberCardsMessageTooLargeException ex)
        {
            EndpointLog.TooLarge(logger, Service, limit, ex.Length);
            await ReplyAsync(context, StatusCodes.Status413PayloadTooLarge, "body too large").ConfigureAwait(false);
            return;
        }
        catch (MemberCardsFormatException ex)
        {
            EndpointLog.Malformed(logger, Service, ex.Message);
            await ReplyAsync(context, StatusCodes.Status400BadRequest, "malformed message").ConfigureAwait(false);
            return;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !context.RequestAborted.IsCancellationRequested)
        {
            EndpointLog.HandlerFailed(logger, ex, Service);
            await ReplyAsync(context, StatusCodes.Status500InternalServerError, "please retry").ConfigureAwait(false);
            return;
        }

        var id = result.MessageId;
        if (result.Outcome == InboundOutcome.InProgress)
        {
            EndpointLog.Duplicate(logger, Service, id);
            await ReplyAsync(context, StatusCodes.Status503ServiceUnavailable, "being processed, please retry").ConfigureAwait(false);
            return;
        }

        if (result.Outcome == InboundOutcome.Duplicate)
        {
            EndpointLog.Duplicate(logger, Service, id);
        }
        else
        {
            EndpointLog.Done(logger, Service, result.Outcome.ToString(), id);
        }

        await ReplyAsync(context, StatusCodes.Status200OK, result.Outcome.ToString()).ConfigureAwait(false);
    }

    private static Task ReplyAsync(HttpContext context, int statusCode, string status)
        => Answer.WriteAsync(context, statusCode, Json, $$"""{"status":"{{status}}"}""");
}
