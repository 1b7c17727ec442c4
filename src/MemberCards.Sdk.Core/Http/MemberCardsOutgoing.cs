using Microsoft.Extensions.Http;
using Microsoft.Extensions.Http.Resilience;
using Polly.Registry;

namespace MemberCards.Sdk;

/// <summary>
/// The one way every service composes an outgoing HTTP client, outermost first: <see cref="MemberCardsResilienceHandler"/>
/// (resilience: <see cref="MemberCardsRetry"/>'s GET-only, counted retries and the attempt timeout on the host's
/// <see cref="TimeProvider"/>; only SDK exceptions leave it) -> the service's authentication -> the host's own handlers ->
/// <see cref="MemberCardsPipelineHandler"/> (telemetry, error mapping) -> the primary handler (the service's shared
/// connection pool, <see cref="MemberCardsConnectionPools"/>, unless the host set one for the registration).
/// </summary>
internal static class MemberCardsOutgoing
{
    /// <summary>Registers a client (once per name: a second call returns the builder of the same client).</summary>
    /// <typeparam name="TOptions">The service's options type.</typeparam>
    /// <param name="services">The services.</param>
    /// <param name="client">The client.</param>
    /// <returns>The client's builder, for the host's <c>ConfigureHttpClient</c>.</returns>
    /// <remarks>
    /// Linear: no step searches the service collection per client. The factory's services are added with the first
    /// client; each client adds only options entries for its name (<see cref="MemberCardsHttpClientBuilder"/>) and
    /// its resilience pipeline lives in <see cref="MemberCardsResiliencePipelines"/>.
    /// </remarks>
    public static IHttpClientBuilder AddClient<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(IServiceCollection services, OutgoingClient<TOptions> client)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(client);
        var registry = OutgoingClientRegistry.Of(services);
        var name = client.Name;
        var http = new MemberCardsHttpClientBuilder(name, services);
        if (!registry.Add(name, client.Service, client.Registration, client.ErrorMapper))
        {
            return http;
        }

        if (registry.FirstClient())
        {
            // Once per service collection (the registry is the marker): the factory's services, the shared last step,
            // the shared connection pools and the one registry of resilience pipelines. Per client, only options of
            // its name are added below, so registering N clients costs N times the same (issue 23).
            services.AddHttpClient();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IHttpMessageHandlerBuilderFilter, MemberCardsPipelineFilter>());
            services.AddSingleton<MemberCardsConnectionPools>();
            services.AddSingleton<MemberCardsResiliencePipelines>();
        }

        var registration = client.Registration;
        var policy = client.Policy;
        var retryName = client.RetryOptionsName;
        if (registry.AddRetryOptions(retryName))
        {
            services.AddOptions<HttpRetryStrategyOptions>(retryName)
                .Configure<IOptionsMonitor<TOptions>>((retry, monitor) => MemberCardsRetry.ApplyDefaults(retry, policy(monitor.Get(registration))));
        }

        var configure = client.Configure;
        http.ConfigureHttpClient((sp, httpClient) =>
        {
            var current = sp.GetRequiredService<IOptionsMonitor<TOptions>>().Get(registration);
            configure?.Invoke(httpClient, current);
            httpClient.Timeout = policy(current).TotalTimeout;
        });
        var service = client.Service;

        // The SDK's last step records every request (membercards.request.duration, one activity); the factory's
        // default loggers would add two handlers, a log scope and URL logs per call. A host that wants them back
        // calls AddDefaultLogger() on the builder ConfigureHttpClient gives it.
        http.RemoveAllLoggers();
        http.AddHttpMessageHandler(sp =>
        {
            var pipelines = sp.GetRequiredService<MemberCardsResiliencePipelines>();
            var timeProvider = sp.GetService<TimeProvider>() ?? TimeProvider.System;
            Action<ResiliencePipelineBuilder<HttpResponseMessage>, ConfigureBuilderContext<string>> build = (pipeline, context) =>
            {
                // The SDK's own steps record every attempt (membercards.request.duration) and every retry
                // (membercards.request.retries); Polly's per-execution telemetry would only add allocations and
                // Information logs with stack traces for ordinary errors.
                pipeline.TelemetryListener = null;
                pipeline.TimeProvider = timeProvider;
                MemberCardsResiliencePipelines.ReloadOn<TOptions>(context, sp, registration);
                MemberCardsResiliencePipelines.ReloadOn<HttpRetryStrategyOptions>(context, sp, retryName);
                var current = policy(sp.GetRequiredService<IOptionsMonitor<TOptions>>().Get(registration));
                if (current.MaxRetries > 0)
                {
                    // A fresh instance: the defaults are read from the options of now, not cached.
                    var retry = sp.GetRequiredService<IOptionsFactory<HttpRetryStrategyOptions>>().Create(retryName);
                    pipeline.AddRetry(MemberCardsRetry.Strategy(retry, service, registration, current.FailoverAddress));
                }

                pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = current.AttemptTimeout });
            };
            return new MemberCardsResilienceHandler(service, () => pipelines.Get(name, build));
        });
        foreach (var step in client.Authentication)
        {
            http.AddHttpMessageHandler(step);
        }

        return http;
    }
}
