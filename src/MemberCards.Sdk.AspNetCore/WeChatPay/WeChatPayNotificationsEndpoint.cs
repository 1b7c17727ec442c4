using MemberCards.Sdk.WeChatPay;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MemberCards.Sdk.AspNetCore;

/// <summary>
/// The HTTP side of a WeChat Pay notify URL over <see cref="IWeChatPayNotificationHandler"/>, which verifies the
/// signature, decrypts the resource, de-duplicates on the notification id and chooses the answer: 200 (handled or
/// duplicate), 401 (signature), 400 (malformed), 500 (a handler failed: WeChat Pay redelivers).
/// </summary>
internal static class WeChatPayNotificationsEndpoint
{
    private const string Service = "WeChatPay";

    /// <summary>Creates the request delegate for the merchant registered under <paramref name="name"/>.</summary>
    /// <param name="name">The options name.</param>
    /// <param name="maxBodyBytes">The largest body accepted.</param>
    /// <returns>The delegate.</returns>
    public static RequestDelegate Create(string name, int maxBodyBytes) => context => HandleAsync(context, name, maxBodyBytes);

    private static async Task HandleAsync(HttpContext context, string name, int maxBodyBytes)
    {
        var services = context.RequestServices;
        var logger = Answer.Logger(context);
        var body = await RequestBody.ReadAsync(context.Request, maxBodyBytes, context.RequestAborted).ConfigureAwait(false);
        if (body is not { } bytes)
        {
            EndpointLog.TooLarge(logger, Service, maxBodyBytes, context.Request.ContentLength);
            await WriteAsync(context, WeChatPayNotificationAnswer.Failure(StatusCodes.Status413PayloadTooLarge, "body too large")).ConfigureAwait(false);
            return;
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in context.Request.Headers)
        {
            headers[header.Key] = header.Value.ToString();
        }

        var handler = services.GetRequiredService<IWeChatPayClientFactory>().CreateNotificationHandler(name);
        WeChatPayNotificationAnswer answer;
        try
        {
            answer = await handler.HandleAsync(headers, bytes, (e, ct) => RunHandlersAsync(services, logger, e, ct), context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !context.RequestAborted.IsCancellationRequested)
        {
            EndpointLog.HandlerFailed(logger, ex, Service);
            answer = WeChatPayNotificationAnswer.Failure(StatusCodes.Status500InternalServerError, "the notification could not be processed");
        }

        switch (answer.StatusCode)
        {
            case StatusCodes.Status401Unauthorized:
                EndpointLog.SignatureFailed(logger, Service, "signature, timestamp or serial does not verify");
                break;
            case StatusCodes.Status400BadRequest:
                EndpointLog.Malformed(logger, Service, "the notification or its resource cannot be read");
                break;
            default:
                EndpointLog.Done(logger, Service, answer.IsSuccess ? "acknowledged" : "failed", null);
                break;
        }

        await WriteAsync(context, answer).ConfigureAwait(false);
    }

    private static async Task RunHandlersAsync(IServiceProvider services, ILogger logger, WeChatPayUserCardEvent @event, CancellationToken cancellationToken)
    {
        var calls = 0;
        try
        {
            foreach (var handler in services.GetServices<IWeChatPayUserCardEventHandler>())
            {
                await handler.HandleAsync(@event, cancellationToken).ConfigureAwait(false);
                calls++;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            EndpointLog.HandlerFailed(logger, ex, Service);
            throw;
        }

        if (calls == 0)
        {
            EndpointLog.NoHandler(logger, Service, @event.EventType);
        }
    }

    private static Task WriteAsync(HttpContext context, WeChatPayNotificationAnswer answer)
        => Answer.WriteAsync(context, answer.StatusCode, answer.ContentType, answer.Body ?? string.Empty);
}
