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
/// <remarks>
/// Two paths share the same steps (<see cref="Steps{TOptions}"/>, <see cref="ComposePipeline{TOptions}"/>,
/// <see cref="ConfigureClient{TOptions}"/>): a registration added at DI time (<see cref="AddClient{TOptions}"/>) is a
/// named client of <see cref="IHttpClientFactory"/>, whose per-name options exist only for names known when the
/// collection is built; a registration a source gives at run time (<see cref="MemberCardsSourcedRegistrations{TOptions}"/>)
/// gets the same steps composed by <see cref="CreateChain{TOptions}"/> over the same shared connection pool, without
/// <see cref="IHttpClientFactory"/> (<see cref="MemberCardsHttpClientFactory"/>).
/// </remarks>
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

        AddShared(services);
        var registration = client.Registration;
        var policy = client.Policy;
        var retryName = client.RetryOptionsName;
        if (registry.AddRetryOptions(retryName))
        {
            // A ConfigureNamedOptions of its own name (not Configure<TDep>), so the options factory indexes it by name.
            services.AddSingleton<IConfigureOptions<HttpRetryStrategyOptions>>(sp => new ConfigureNamedOptions<HttpRetryStrategyOptions>(
                retryName,
                retry => MemberCardsRetry.ApplyDefaults(retry, policy(sp.GetRequiredService<IOptionsMonitor<TOptions>>().Get(registration)))));
        }

        http.ConfigureHttpClient((sp, httpClient) => ConfigureClient(sp, client, httpClient));

        // The SDK's last step records every request (membercards.request.duration, one activity); the factory's
        // default loggers would add two handlers, a log scope and URL logs per call. A host that wants them back
        // calls AddDefaultLogger() on the builder ConfigureHttpClient gives it.
        http.RemoveAllLoggers();
        var steps = Steps(client, sp =>
        {
            // One registry of pipelines for the provider, rebuilt when the registration's options or retry options change.
            var pipelines = sp.GetRequiredService<MemberCardsResiliencePipelines>();
            void Build(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ConfigureBuilderContext<string> context)
            {
                // Rebuilt only when a reload changes what it is built from (the policy, the retry options), not
                // whenever the options monitor reports the name: a reload reports every name bound to the configuration.
                MemberCardsResiliencePipelines.ReloadOn<TOptions, OutgoingPolicy>(context, sp, registration, policy, policy(sp.GetRequiredService<IOptionsMonitor<TOptions>>().Get(registration)));

                // A fresh instance: the defaults are read from the options of now, not cached.
                ComposePipeline(pipeline, sp, client, () =>
                {
                    var retry = sp.GetRequiredService<IOptionsFactory<HttpRetryStrategyOptions>>().Create(retryName);
                    MemberCardsResiliencePipelines.ReloadOn<HttpRetryStrategyOptions, MemberCardsRetryShape>(context, sp, retryName, MemberCardsRetryShape.Of, MemberCardsRetryShape.Of(retry));
                    return retry;
                });
            }

            return () => pipelines.Get(name, Build);
        });
        foreach (var step in steps)
        {
            http.AddHttpMessageHandler(step);
        }

        return http;
    }

    /// <summary>
    /// Adds, once per service collection, what every client needs (the registry is the marker): the factory's services,
    /// the shared last step, the shared connection pools, the one registry of resilience pipelines and the SDK's
    /// client factory for sourced registrations. Per client, only options of its name are added, so registering N
    /// clients costs N times the same (issue 23).
    /// </summary>
    /// <param name="services">The services.</param>
    public static void AddShared(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (!OutgoingClientRegistry.Of(services).FirstClient())
        {
            return;
        }

        services.AddHttpClient();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHttpMessageHandlerBuilderFilter, MemberCardsPipelineFilter>());
        services.AddSingleton<MemberCardsConnectionPools>();
        services.AddSingleton<MemberCardsResiliencePipelines>();
        services.AddSingleton<MemberCardsHttpClientFactory>();

        // One client's HTTP and retry options are found by name in an index, not by asking every client's steps
        // (which made the first use of N clients cost N²). Same order and result as the standard factory, so the
        // host's own named clients are built as before.
        services.TryAddSingleton<IOptionsFactory<HttpClientFactoryOptions>, MemberCardsOptionsFactory<HttpClientFactoryOptions>>();
        services.TryAddSingleton<IOptionsFactory<HttpRetryStrategyOptions>, MemberCardsOptionsFactory<HttpRetryStrategyOptions>>();
    }

    /// <summary>
    /// The handler chain of a registration that a source gave at run time: the same steps as a registered client, then
    /// the shared last step, over the service's shared connection pool. Its resilience pipeline is built once, from the
    /// options the source gave; new options from the source replace the whole chain (see
    /// <see cref="MemberCardsSourcedRegistrations{TOptions}"/>) instead of reloading it.
    /// </summary>
    /// <typeparam name="TOptions">The service's options type.</typeparam>
    /// <param name="services">The service provider.</param>
    /// <param name="client">The client.</param>
    /// <returns>The outermost handler.</returns>
    public static HttpMessageHandler CreateChain<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(IServiceProvider services, OutgoingClient<TOptions> client)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(client);
        var steps = Steps(client, sp =>
        {
            var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>();
            ComposePipeline(pipeline, sp, client, () =>
            {
                var retry = new HttpRetryStrategyOptions();
                MemberCardsRetry.ApplyDefaults(retry, client.Policy(sp.GetRequiredService<IOptionsMonitor<TOptions>>().Get(client.Registration)));
                return retry;
            });
            var built = pipeline.Build();
            return () => built;
        });
        var handlers = steps.Select(step => step(services)).ToList();
        handlers.Add(new MemberCardsPipelineHandler(client.Service, client.Registration, client.ErrorMapper));
        HttpMessageHandler inner = services.GetRequiredService<MemberCardsConnectionPools>().PrimaryHandlerFor(client.Service);
        for (var i = handlers.Count - 1; i >= 0; i--)
        {
            handlers[i].InnerHandler = inner;
            inner = handlers[i];
        }

        return inner;
    }

    /// <summary>Sets an <see cref="HttpClient"/> of the client from the registration's current options (base address, total timeout).</summary>
    /// <typeparam name="TOptions">The service's options type.</typeparam>
    /// <param name="services">The service provider.</param>
    /// <param name="client">The client.</param>
    /// <param name="httpClient">The HTTP client to set.</param>
    public static void ConfigureClient<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(IServiceProvider services, OutgoingClient<TOptions> client, HttpClient httpClient)
        where TOptions : class
    {
        var current = services.GetRequiredService<IOptionsMonitor<TOptions>>().Get(client.Registration);
        client.Configure?.Invoke(httpClient, current);
        httpClient.Timeout = client.Policy(current).TotalTimeout;
    }

    /// <summary>
    /// The SDK's steps of a client, outermost first: the resilience step (which also lets only SDK exceptions out) over
    /// the pipeline <paramref name="pipelineOf"/> gives, then the service's authentication steps.
    /// </summary>
    private static IEnumerable<Func<IServiceProvider, DelegatingHandler>> Steps<TOptions>(OutgoingClient<TOptions> client, Func<IServiceProvider, Func<ResiliencePipeline<HttpResponseMessage>>> pipelineOf)
        where TOptions : class
    {
        var service = client.Service;
        yield return sp => new MemberCardsResilienceHandler(service, pipelineOf(sp));
        foreach (var step in client.Authentication)
        {
            yield return step;
        }
    }

    /// <summary>The strategies of a registration's resilience pipeline: the GET-only retry (when it retries at all), then the attempt timeout.</summary>
    private static void ComposePipeline<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, IServiceProvider sp, OutgoingClient<TOptions> client, Func<HttpRetryStrategyOptions> retryOptions)
        where TOptions : class
    {
        // The SDK's own steps record every attempt (membercards.request.duration) and every retry
        // (membercards.request.retries); Polly's per-execution telemetry would only add allocations and
        // Information logs with stack traces for ordinary errors.
        pipeline.TelemetryListener = null;
        pipeline.TimeProvider = sp.GetService<TimeProvider>() ?? TimeProvider.System;
        var current = client.Policy(sp.GetRequiredService<IOptionsMonitor<TOptions>>().Get(client.Registration));
        if (current.MaxRetries > 0)
        {
            pipeline.AddRetry(MemberCardsRetry.Strategy(retryOptions(), client.Service, client.Registration, current.FailoverAddress));
        }

        pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = current.AttemptTimeout });
    }
}
