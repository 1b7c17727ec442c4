namespace MemberCards.Sdk.AspNetCore;

/// <summary>
/// The one skeleton every inbound endpoint (Youzan pushes, IoT events, WeChat event pushes, WeChat Pay
/// notifications) follows; a service only says how to dispatch and how its platform wants to be answered.
/// The registration is the endpoint's fixed name or, on a pattern with <c>{registration}</c>, the route's value, which
/// must be registered or known to the service's registration source (404, as for a route that is not mapped,
/// otherwise). The body is read under the cap (413), then handed to the service's dispatcher, which verifies, parses,
/// claims and runs the handlers. A signature failure is answered 401, a malformed message 400, a handler
/// failure or a message being handled by another delivery with the platform's retry answer, and every other
/// outcome (handled, duplicate, health check, no handler, ignored) with the platform's success answer.
/// A client that sends its body too slowly or goes away is logged at Debug and answered as Kestrel does.
/// </summary>
/// <typeparam name="TOptions">The service's options type (the registration's body cap is read from it per request).</typeparam>
/// <typeparam name="TResult">The service's dispatch result.</typeparam>
/// <param name="service">The service name, for logs and the registration names.</param>
/// <param name="name">
/// The registration name the endpoint serves (empty for the default one), checked when it was mapped; or
/// <see langword="null"/> to read it per request from the route's <see cref="EndpointPatterns.RegistrationParameter"/>.
/// </param>
internal abstract class InboundEndpoint<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions, TResult>(string service, string? name)
    where TOptions : class
    where TResult : InboundResult
{
    /// <summary>The service name, for logs.</summary>
    protected string Service => service;

    /// <summary>Handles one request.</summary>
    /// <param name="context">The request.</param>
    /// <returns>A task that completes when the answer is written.</returns>
    public async Task HandleAsync(HttpContext context)
    {
        var logger = Answer.Logger(context);
        if (await RegistrationAsync(context, logger).ConfigureAwait(false) is not { } registration
            || await AnsweredBeforeBodyAsync(context, logger).ConfigureAwait(false))
        {
            return;
        }

        var limit = MaxMessageBytes(context.RequestServices.GetRequiredService<IOptionsMonitor<TOptions>>().Get(registration));
        ReadOnlyMemory<byte>? read;
        try
        {
            read = await RequestBody.ReadAsync(context.Request, limit, context.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex)
        {
            EndpointLog.BodyNotReceived(logger, Service, ex.Message, ex.StatusCode);
            await TryAnswerAsync(context, ex.StatusCode, "request body not received").ConfigureAwait(false);
            return;
        }
        catch (Exception ex) when (ex is IOException || (ex is OperationCanceledException && context.RequestAborted.IsCancellationRequested))
        {
            EndpointLog.BodyNotReceived(logger, Service, ex.GetType().Name, StatusCodes.Status400BadRequest);
            await TryAnswerAsync(context, StatusCodes.Status400BadRequest, "request body not received").ConfigureAwait(false);
            return;
        }

        if (read is not { } body)
        {
            EndpointLog.TooLarge(logger, Service, limit, context.Request.ContentLength);
            await WriteFailureAsync(context, StatusCodes.Status413PayloadTooLarge, "body too large").ConfigureAwait(false);
            return;
        }

        TResult result;
        try
        {
            result = await DispatchAsync(context, registration, body, context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            EndpointLog.BodyNotReceived(logger, Service, "the client went away during handling", StatusCodes.Status499ClientClosedRequest);
            return;
        }
        catch (Exception ex)
        {
            await AnswerFailureAsync(context, logger, ex).ConfigureAwait(false);
            return;
        }

        switch (result.Outcome)
        {
            case InboundOutcome.InProgress:
                EndpointLog.InProgress(logger, Service, result.MessageId);
                await WriteFailureAsync(context, StatusCodes.Status503ServiceUnavailable, "being processed, please retry").ConfigureAwait(false);
                return;
            case InboundOutcome.Duplicate:
                EndpointLog.Duplicate(logger, Service, result.MessageId ?? result.DeduplicationKey);
                break;
            case InboundOutcome.Unhandled:
                EndpointLog.NoHandler(logger, Service, result.MessageId);
                break;
            default:
                EndpointLog.Done(logger, Service, result.Outcome.ToString(), result.MessageId ?? result.DeduplicationKey);
                break;
        }

        await WriteSuccessAsync(context, result).ConfigureAwait(false);
    }

    /// <summary>
    /// Answers a message the SDK refused or a handler failed on, and logs why: too large 413, a signature that does not
    /// verify 401, a malformed message 400, anything else (a handler, the configuration) 500 so the platform retries.
    /// </summary>
    /// <param name="context">The request.</param>
    /// <param name="logger">The endpoint's logger.</param>
    /// <param name="exception">What was thrown.</param>
    /// <returns>A task that completes when the answer is written.</returns>
    protected Task AnswerFailureAsync(HttpContext context, ILogger logger, Exception exception)
    {
        switch (exception)
        {
            case MemberCardsMessageTooLargeException tooLarge:
                EndpointLog.TooLarge(logger, Service, (int)Math.Min(tooLarge.Limit, int.MaxValue), tooLarge.Length);
                return WriteFailureAsync(context, StatusCodes.Status413PayloadTooLarge, "body too large");
            case MemberCardsSignatureException signature:
                EndpointLog.SignatureFailed(logger, Service, signature.Message);
                return WriteFailureAsync(context, StatusCodes.Status401Unauthorized, "signature verification failed");
            case MemberCardsFormatException format:
                EndpointLog.Malformed(logger, Service, format.Message);
                return WriteFailureAsync(context, StatusCodes.Status400BadRequest, "malformed message");
            default:
                EndpointLog.HandlerFailed(logger, exception, Service);
                return WriteFailureAsync(context, StatusCodes.Status500InternalServerError, "handler failed, please retry");
        }
    }

    /// <summary>
    /// The registration the request is for: the endpoint's fixed name, or the route's
    /// <see cref="EndpointPatterns.RegistrationParameter"/> when it is registered or known to the service's registration
    /// source (asked through its cache). Otherwise the request is answered and <see langword="null"/> returned: a name
    /// that is neither gets 404 with no body, as routing answers a route that is not mapped (so a brand that was removed
    /// and dropped from the cache is refused like one that never existed); options the source gives but that do not
    /// validate get the platform's retry answer (500), as a failing configuration does.
    /// </summary>
    /// <param name="context">The request.</param>
    /// <param name="logger">The endpoints' logger.</param>
    /// <returns>The registration name, or <see langword="null"/> when the request was answered.</returns>
    protected async Task<string?> RegistrationAsync(HttpContext context, ILogger logger)
    {
        if (name is not null)
        {
            return name;
        }

        var routed = context.GetRouteValue(EndpointPatterns.RegistrationParameter)?.ToString() ?? string.Empty;
        bool exists;
        try
        {
            var services = context.RequestServices;
            exists = services.GetRequiredService<MemberCardsRegistrations>().Exists(service, routed, services.GetService<MemberCardsSourcedRegistrations<TOptions>>());
        }
        catch (Exception ex)
        {
            EndpointLog.HandlerFailed(logger, ex, Service);
            await WriteFailureAsync(context, StatusCodes.Status500InternalServerError, "handler failed, please retry").ConfigureAwait(false);
            return null;
        }

        if (!exists)
        {
            EndpointLog.UnknownRegistration(logger, Service, Logged(routed));
            await Answer.WriteAsync(context, StatusCodes.Status404NotFound, null, string.Empty).ConfigureAwait(false);
            return null;
        }

        return routed;
    }

    /// <summary>
    /// Checks what the transport carries besides the body (credentials, a topic) before the body is read; answers
    /// and returns <see langword="true"/> when the request goes no further. The default accepts every request.
    /// </summary>
    /// <param name="context">The request.</param>
    /// <param name="logger">The endpoints' logger.</param>
    /// <returns>Whether the request was answered.</returns>
    protected virtual Task<bool> AnsweredBeforeBodyAsync(HttpContext context, ILogger logger) => Task.FromResult(false);

    /// <summary>The registration's body cap (<c>MaxMessageBytes</c>).</summary>
    /// <param name="registration">The registration's current options.</param>
    /// <returns>The cap, in bytes.</returns>
    protected abstract int MaxMessageBytes(TOptions registration);

    /// <summary>Hands the body (and whatever the service reads from the request: headers, query) to the service's dispatcher.</summary>
    /// <param name="context">The request.</param>
    /// <param name="name">The registration name (from <see cref="RegistrationAsync"/>).</param>
    /// <param name="body">The body, read whole under the cap.</param>
    /// <param name="cancellationToken">The request's abort token.</param>
    /// <returns>The dispatcher's result.</returns>
    protected abstract Task<TResult> DispatchAsync(HttpContext context, string name, ReadOnlyMemory<byte> body, CancellationToken cancellationToken);

    /// <summary>Writes the platform's success answer (it stops the platform's retries).</summary>
    /// <param name="context">The request.</param>
    /// <param name="result">The dispatcher's result.</param>
    /// <returns>A task that completes when written.</returns>
    protected abstract Task WriteSuccessAsync(HttpContext context, TResult result);

    /// <summary>Writes a failure answer in the platform's format (the platform retries it, except for 4xx where it may not).</summary>
    /// <param name="context">The request.</param>
    /// <param name="statusCode">The status.</param>
    /// <param name="message">A short reason, safe to show to the caller.</param>
    /// <returns>A task that completes when written.</returns>
    protected abstract Task WriteFailureAsync(HttpContext context, int statusCode, string message);

    /// <summary>
    /// A name from the route as event 9011 logs it: the caller chose it, so one longer than a sourced name can be
    /// (<see cref="MemberCardsSourceOptions.DefaultMaxNameLength"/>) is cut there and its length given, and a scanner's
    /// long names do not fill the log.
    /// </summary>
    private static string Logged(string name)
        => name.Length <= MemberCardsSourceOptions.DefaultMaxNameLength
            ? name
            : string.Concat(name.AsSpan(0, MemberCardsSourceOptions.DefaultMaxNameLength), "... (", name.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), " characters)");

    private Task TryAnswerAsync(HttpContext context, int statusCode, string message)
        => context.Response.HasStarted || context.RequestAborted.IsCancellationRequested
            ? Task.CompletedTask
            : WriteFailureAsync(context, statusCode, message);
}
