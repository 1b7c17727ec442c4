using Polly.Registry;

namespace MemberCards.Sdk;

/// <summary>
/// The resilience pipelines of the SDK's clients, one per client name, built on first use and rebuilt when the
/// options they were built from change. One registry for every client of a provider: the per-client
/// <c>AddResilienceHandler</c> of Microsoft.Extensions.Http.Resilience registers services with a search of the whole
/// service collection each time, which makes registering N merchants cost N² (issue 23).
/// </summary>
internal sealed class MemberCardsResiliencePipelines : IDisposable, IAsyncDisposable
{
    private readonly ResiliencePipelineRegistry<string> registry = new();
    private readonly ConcurrentDictionary<Type, IDisposable> changes = new();

    /// <summary>The pipeline of a client, built with <paramref name="configure"/> on first use.</summary>
    /// <param name="clientName">The client name.</param>
    /// <param name="configure">Builds the pipeline (again after a reload).</param>
    /// <returns>The pipeline.</returns>
    public ResiliencePipeline<HttpResponseMessage> Get(string clientName, Action<ResiliencePipelineBuilder<HttpResponseMessage>, ConfigureBuilderContext<string>> configure)
        => registry.GetOrAddPipeline(clientName, configure);

    /// <summary>
    /// Makes a pipeline rebuild when the options <paramref name="name"/> of <typeparamref name="TOptions"/> change (a
    /// configuration reload) in what the pipeline was built from: <paramref name="shape"/> of the new options differs
    /// from <paramref name="builtFrom"/>. A reload re-binds every name bound to the reloaded configuration, and the
    /// options monitor reports each of them as changed; a registration whose retries and time limits stayed the same
    /// keeps its pipeline, so a reload that changes one merchant rebuilds one pipeline (issue 23).
    /// </summary>
    /// <typeparam name="TOptions">The options type.</typeparam>
    /// <typeparam name="TShape">What the pipeline reads from the options, compared with <see cref="EqualityComparer{T}.Default"/>.</typeparam>
    /// <param name="context">The pipeline's build context.</param>
    /// <param name="services">The service provider.</param>
    /// <param name="name">The options name.</param>
    /// <param name="shape">Reads from options what the pipeline is built from.</param>
    /// <param name="builtFrom">What this build read.</param>
    public static void ReloadOn<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions, TShape>(ConfigureBuilderContext<string> context, IServiceProvider services, string name, Func<TOptions, TShape> shape, TShape builtFrom)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(shape);
        var router = services.GetRequiredService<MemberCardsResiliencePipelines>().ChangesOf(services.GetRequiredService<IOptionsMonitor<TOptions>>());
        var changed = new CancellationTokenSource();
        var subscription = router.Listen(name, options =>
        {
            if (EqualityComparer<TShape>.Default.Equals(shape(options), builtFrom))
            {
                return;
            }

            try
            {
                changed.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The pipeline was replaced or disposed meanwhile.
            }
        });
        context.AddReloadToken(changed.Token);
        context.OnPipelineDisposed(() =>
        {
            subscription.Dispose();
            changed.Dispose();
        });
    }

    /// <inheritdoc />
    public void Dispose()
    {
        registry.Dispose();
        DisposeChanges();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await registry.DisposeAsync().ConfigureAwait(false);
        DisposeChanges();
    }

    /// <summary>The one subscription to the changes of <typeparamref name="TOptions"/> that every pipeline listens to.</summary>
    private MemberCardsOptionsChanges<TOptions> ChangesOf<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(IOptionsMonitor<TOptions> monitor)
        => (MemberCardsOptionsChanges<TOptions>)changes.GetOrAdd(typeof(TOptions), static (_, m) => new MemberCardsOptionsChanges<TOptions>(m), monitor);

    private void DisposeChanges()
    {
        foreach (var subscription in changes.Values)
        {
            subscription.Dispose();
        }

        changes.Clear();
    }
}
