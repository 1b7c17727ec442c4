using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace MemberCards.Sdk;

/// <summary>
/// The one way every service composes an outgoing HTTP client, outermost first: <see cref="MemberCardsOutcomeHandler"/>
/// (SDK exceptions only) -> resilience (<see cref="MemberCardsRetry"/>: GET-only, counted retries; the attempt
/// timeout on the host's <see cref="TimeProvider"/>) -> the service's authentication -> the host's own handlers ->
/// <see cref="MemberCardsPipelineHandler"/> (telemetry, error mapping) -> the primary handler.
/// </summary>
internal static class MemberCardsOutgoing
{
    /// <summary>Registers a client (once per name: a second call returns the builder of the same client).</summary>
    /// <typeparam name="TOptions">The service's options type.</typeparam>
    /// <param name="services">The services.</param>
    /// <param name="client">The client.</param>
    /// <returns>The client's builder, for the host's <c>ConfigureHttpClient</c>.</returns>
    public static IHttpClientBuilder AddClient<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(IServiceCollection services, OutgoingClient<TOptions> client)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(client);
        var registry = OutgoingClientRegistry.Of(services);
        var name = client.Name;
        if (!registry.Add(name, client.Service, client.Registration, client.ErrorMapper))
        {
            return services.AddHttpClient(name);
        }

        if (registry.FirstClient())
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IHttpMessageHandlerBuilderFilter, MemberCardsPipelineFilter>());
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
        var http = services.AddHttpClient(name, (sp, httpClient) =>
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
        http.AddHttpMessageHandler(() => new MemberCardsOutcomeHandler(service));
        http.AddResilienceHandler("MemberCards", (pipeline, context) =>
        {
            // The SDK's own steps record every attempt (membercards.request.duration) and every retry
            // (membercards.request.retries); Polly's per-execution telemetry would only add allocations and
            // Information logs with stack traces for ordinary errors.
            pipeline.TelemetryListener = null;
            context.EnableReloads<TOptions>(registration);
            context.EnableReloads<HttpRetryStrategyOptions>(retryName);
            var current = policy(context.ServiceProvider.GetRequiredService<IOptionsMonitor<TOptions>>().Get(registration));
            if (current.MaxRetries > 0)
            {
                // A fresh instance: the defaults are read from the options of now, not cached.
                var retry = context.ServiceProvider.GetRequiredService<IOptionsFactory<HttpRetryStrategyOptions>>().Create(retryName);
                pipeline.AddRetry(MemberCardsRetry.Strategy(retry, service, registration, current.FailoverAddress));
            }

            pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = current.AttemptTimeout });
        });
        foreach (var step in client.Authentication)
        {
            http.AddHttpMessageHandler(step);
        }

        return http;
    }
}
