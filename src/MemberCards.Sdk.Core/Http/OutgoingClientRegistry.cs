using Refit;

namespace MemberCards.Sdk;

/// <summary>
/// The SDK's HTTP clients of one service collection, by client name: what the shared last step of each needs
/// (<see cref="MemberCardsPipelineFilter"/>), which registrations already have their retry options, and the Refit
/// settings of each host interface added with <c>AddApi</c>, per (service, registration, interface), as Refit's
/// <c>SettingsFor&lt;T&gt;</c> holds them.
/// </summary>
internal sealed class OutgoingClientRegistry
{
    private readonly ConcurrentDictionary<string, (string Service, string Registration, IMemberCardsErrorMapper Mapper)> clients = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> retryOptions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Service, string Registration, Type Api), RefitSettings> apis = new();
    private int sharedStepsAdded;

    /// <summary>Records a client; returns <see langword="false"/> when it was recorded before.</summary>
    public bool Add(string clientName, string service, string registration, IMemberCardsErrorMapper mapper)
        => clients.TryAdd(clientName, (service, registration, mapper));

    /// <summary>
    /// <see langword="true"/> for the first client of the service collection only: the steps every client shares are
    /// added once, not scanned for per client.
    /// </summary>
    /// <returns>Whether the caller adds the shared steps.</returns>
    public bool FirstClient() => Interlocked.Exchange(ref sharedStepsAdded, 1) == 0;

    /// <summary>Records a registration's retry options; returns <see langword="false"/> when they were recorded before.</summary>
    public bool AddRetryOptions(string name) => retryOptions.TryAdd(name, true);

    /// <summary>The last step of a client, or <see langword="null"/> when the name is not an SDK client's.</summary>
    public MemberCardsPipelineHandler? LastStepOf(string? clientName)
        => clientName is not null && clients.TryGetValue(clientName, out var client) ? new MemberCardsPipelineHandler(client.Service, client.Registration, client.Mapper) : null;

    /// <summary>
    /// Adds a host interface to a registration (the settings of a later call for the same interface replace the
    /// earlier ones) and makes it resolvable: the default registration's as <typeparamref name="TApi"/>, a named one's
    /// as a keyed service under its name.
    /// </summary>
    /// <typeparam name="TApi">The Refit interface.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="service">The service name.</param>
    /// <param name="registration">The registration name.</param>
    /// <param name="settings">The interface's Refit settings.</param>
    /// <param name="create">Creates the client of a registration (the service's factory).</param>
    public static void AddApi<TApi>(IServiceCollection services, string service, string registration, RefitSettings settings, Func<IServiceProvider, string, TApi> create)
        where TApi : class
    {
        Of(services).apis[(service, registration, typeof(TApi))] = settings;
        if (registration.Length == 0)
        {
            services.TryAddTransient(sp => create(sp, string.Empty));
        }
        else
        {
            services.TryAddKeyedTransient<TApi>(registration, (sp, key) => create(sp, (string)key!));
        }
    }

    /// <summary>The Refit settings of a host interface added to a registration.</summary>
    /// <param name="service">The service name.</param>
    /// <param name="registration">The registration name.</param>
    /// <param name="api">The interface.</param>
    /// <param name="addMethod">The name of the service's registration method (<c>AddErpPoints</c>), for the error message.</param>
    /// <returns>Its settings.</returns>
    /// <exception cref="InvalidOperationException">The interface was not added to that registration.</exception>
    public RefitSettings ApiSettings(string service, string registration, Type api, string addMethod)
        => apis.TryGetValue((service, registration, api), out var settings)
            ? settings
            : throw new InvalidOperationException($"{api.Name} is not added to {MemberCardsSettingName.Of(service, registration)}; add it with {addMethod}({(registration.Length == 0 ? string.Empty : $"\"{registration}\"")}).AddApi<{api.Name}>().");

    /// <summary>The one registry of a service collection, added on first use.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The registry.</returns>
    public static OutgoingClientRegistry Of(IServiceCollection services) => CollectionSingleton.Of<OutgoingClientRegistry>(services);
}
