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

    /// <summary>The pipeline of a client, built with <paramref name="configure"/> on first use.</summary>
    /// <param name="clientName">The client name.</param>
    /// <param name="configure">Builds the pipeline (again after a reload).</param>
    /// <returns>The pipeline.</returns>
    public ResiliencePipeline<HttpResponseMessage> Get(string clientName, Action<ResiliencePipelineBuilder<HttpResponseMessage>, ConfigureBuilderContext<string>> configure)
        => registry.GetOrAddPipeline(clientName, configure);

    /// <summary>
    /// Makes a pipeline rebuild when the options <paramref name="name"/> of <typeparamref name="TOptions"/> change
    /// (a configuration reload), as <c>EnableReloads&lt;TOptions&gt;(name)</c> of Microsoft.Extensions.Http.Resilience does.
    /// </summary>
    /// <typeparam name="TOptions">The options type.</typeparam>
    /// <param name="context">The pipeline's build context.</param>
    /// <param name="services">The service provider.</param>
    /// <param name="name">The options name.</param>
    public static void ReloadOn<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(ConfigureBuilderContext<string> context, IServiceProvider services, string name)
    {
        var changed = new CancellationTokenSource();
        var subscription = services.GetRequiredService<IOptionsMonitor<TOptions>>().OnChange((_, changedName) =>
        {
            if ((changedName ?? Options.DefaultName) == name)
            {
                try
                {
                    changed.Cancel();
                }
                catch (ObjectDisposedException)
                {
                    // The pipeline was replaced or disposed meanwhile.
                }
            }
        });
        context.AddReloadToken(changed.Token);
        context.OnPipelineDisposed(() =>
        {
            subscription?.Dispose();
            changed.Dispose();
        });
    }

    /// <inheritdoc />
    public void Dispose() => registry.Dispose();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => registry.DisposeAsync();
}
