namespace MemberCards.Sdk;

/// <summary>
/// The last step of every service's HTTP pipeline, the same for all: it records the request's duration,
/// outcome and activity (tags <c>service</c>, <c>registration</c>, <c>operation</c>, <c>outcome</c>), turns a
/// transport failure into the SDK's exception, and asks the service's error mapper whether an answer is an
/// error (a non-2xx answer, or WeChat's <c>errcode</c> in a 200). A 5xx answer to a request that is not
/// idempotent is reported as <see cref="MemberCardsOutcomeUnknownException"/> with the service's error as its
/// cause: the change may have been applied.
/// </summary>
internal sealed class MemberCardsPipelineHandler : MemberCardsStep
{
    private readonly string service;
    private readonly string registration;
    private readonly IMemberCardsErrorMapper mapper;

    /// <summary>Creates the step.</summary>
    /// <param name="service">The service name.</param>
    /// <param name="registration">The registration name (empty for the default one).</param>
    /// <param name="mapper">The service's error mapper.</param>
    public MemberCardsPipelineHandler(string service, string registration, IMemberCardsErrorMapper mapper)
    {
        ArgumentException.ThrowIfNullOrEmpty(service);
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(mapper);
        this.service = service;
        this.registration = registration;
        this.mapper = mapper;
    }

    /// <summary>The service name.</summary>
    public string Service => service;

    /// <inheritdoc />
    internal override async ValueTask<HttpResponseMessage> SendStepAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var operation = MemberCardsHttp.OperationOf(request);
        using var activity = MemberCardsTelemetry.ActivitySource.HasListeners()
            ? MemberCardsTelemetry.ActivitySource.StartActivity(service + " " + operation, ActivityKind.Client)
            : null;
        var started = Stopwatch.GetTimestamp();
        var outcome = "exception";
        try
        {
            HttpResponseMessage response;
            try
            {
                response = await SendInnerAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not MemberCardsException && !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                outcome = "network_error";
                throw MemberCardsHttp.ToSdkException(service, request, ex, cancellationToken);
            }

            activity?.SetTag("http.response.status_code", (int)response.StatusCode);
            Exception? error;
            try
            {
                error = await mapper.MapAsync(response, registration, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                response.Dispose();
                throw;
            }

            if (error is null)
            {
                outcome = "success";
                return response;
            }

            response.Dispose();
            outcome = error is MemberCardsApiException { ErrorCode: { Length: > 0 } code } ? code : "error";
            if ((int)response.StatusCode >= 500 && !MemberCardsHttp.IsIdempotent(request.Method))
            {
                throw new MemberCardsOutcomeUnknownException(service, operation, (int)response.StatusCode, error);
            }

            throw error;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            outcome = "canceled";
            throw;
        }
        catch (MemberCardsSignatureException)
        {
            outcome = "signature_error";
            throw;
        }
        catch (MemberCardsFormatException)
        {
            outcome = "format_error";
            throw;
        }
        finally
        {
            activity?.SetTag("outcome", outcome);
            if (MemberCardsTelemetry.RequestDuration.Enabled)
            {
                // A TagList holds up to eight tags inline: no array per call.
                var tags = new TagList
                {
                    { "service", service },
                    { "registration", registration },
                    { "operation", operation },
                    { "outcome", outcome },
                };
                MemberCardsTelemetry.RequestDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, in tags);
            }
        }
    }
}
