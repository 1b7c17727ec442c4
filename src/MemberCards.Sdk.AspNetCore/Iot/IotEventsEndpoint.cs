using MemberCards.Sdk.Iot;
using MemberCards.Sdk.Security;

namespace MemberCards.Sdk.AspNetCore;

/// <summary>
/// The HTTP side of an IoT bridge endpoint: the shared <see cref="InboundEndpoint{TOptions, TResult}"/> skeleton over
/// <see cref="IIotDispatcher"/>, which parses, claims on <c>msgId</c> and runs the <see cref="IIotMessageHandler{TEvent}"/>
/// handlers. Before the body is read, the bridge's bearer token (401 when wrong; absent only with
/// <see cref="IotHttpEndpointOptions.AllowAnonymous"/>) and the topic
/// (header or query parameter, 400 when missing) are checked. Every answer is <c>{"status":"..."}</c>: 200 for
/// handled, unhandled, duplicate and ignored messages, 4xx for messages a retry cannot fix, 500 when a handler
/// failed and 503 while another delivery of the message is being handled, so the bridge redelivers.
/// </summary>
/// <param name="options">The endpoint settings (copied when mapped).</param>
internal sealed class IotEventsEndpoint(IotHttpEndpointOptions options) : InboundEndpoint<IotOptions, IotDispatchResult>(IotConstants.ServiceName, options.Name)
{
    private const string Json = "application/json; charset=utf-8";
    // Null only when mapped with AllowAnonymous: MapIotEvents refuses a missing token otherwise.
    private readonly string? bearer = string.IsNullOrWhiteSpace(options.AccessToken) ? null : "Bearer " + options.AccessToken;

    protected override async Task<bool> AnsweredBeforeBodyAsync(HttpContext context, ILogger logger)
    {
        if (bearer is not null && !FixedTimeText.Equals(bearer, context.Request.Headers.Authorization.ToString()))
        {
            EndpointLog.Unauthorized(logger, Service);
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await WriteFailureAsync(context, StatusCodes.Status401Unauthorized, "unauthorized").ConfigureAwait(false);
            return true;
        }

        if (TopicOf(context).Length == 0)
        {
            EndpointLog.Malformed(logger, Service, $"no topic in the {options.TopicHeader} header or the '{options.TopicQueryParameter}' query parameter");
            await WriteFailureAsync(context, StatusCodes.Status400BadRequest, "missing topic").ConfigureAwait(false);
            return true;
        }

        return false;
    }

    protected override int MaxMessageBytes(IotOptions registration) => registration.MaxMessageBytes;

    protected override Task<IotDispatchResult> DispatchAsync(HttpContext context, string name, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
        => context.RequestServices.GetRequiredService<IIotDispatcherFactory>().Create(name).DispatchAsync(TopicOf(context), body, cancellationToken);

    protected override Task WriteSuccessAsync(HttpContext context, IotDispatchResult result)
        => Reply(context, StatusCodes.Status200OK, result.Outcome.ToString());

    protected override Task WriteFailureAsync(HttpContext context, int statusCode, string message)
        => Reply(context, statusCode, message);

    private static Task Reply(HttpContext context, int statusCode, string status)
        => Answer.WriteAsync(context, statusCode, Json, $$"""{"status":"{{status}}"}""");

    private string TopicOf(HttpContext context)
    {
        var topic = context.Request.Headers[options.TopicHeader].ToString();
        return topic.Length == 0 ? context.Request.Query[options.TopicQueryParameter].ToString() : topic;
    }
}
