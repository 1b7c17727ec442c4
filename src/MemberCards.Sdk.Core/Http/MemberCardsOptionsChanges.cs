namespace MemberCards.Sdk;

/// <summary>
/// Hands the changes of one options type to the listeners of the changed name only: one
/// <see cref="IOptionsMonitor{TOptions}.OnChange(Action{TOptions, string})"/> subscription for every name. A listener
/// per name subscribed to the monitor itself would be called for every name that changes, so a configuration reload
/// that re-binds N names would cost N × N calls (issue 23); here it costs N lookups.
/// </summary>
/// <typeparam name="TOptions">The options type.</typeparam>
internal sealed class MemberCardsOptionsChanges<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions> : IDisposable
{
    private readonly ConcurrentDictionary<string, Listener[]> listeners = new(StringComparer.Ordinal);
    private readonly IDisposable? subscription;

    /// <summary>Subscribes to <paramref name="monitor"/> once.</summary>
    /// <param name="monitor">The options monitor.</param>
    public MemberCardsOptionsChanges(IOptionsMonitor<TOptions> monitor)
    {
        ArgumentNullException.ThrowIfNull(monitor);
        subscription = monitor.OnChange(Changed);
    }

    /// <summary>Calls <paramref name="changed"/> with the new options each time the options <paramref name="name"/> change.</summary>
    /// <param name="name">The options name.</param>
    /// <param name="changed">The listener.</param>
    /// <returns>Disposing it removes the listener.</returns>
    public IDisposable Listen(string name, Action<TOptions> changed)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(changed);
        var listener = new Listener(this, name, changed);
        listeners.AddOrUpdate(name, static (_, added) => [added], static (_, present, added) => [.. present, added], listener);
        return listener;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        subscription?.Dispose();
        listeners.Clear();
    }

    private void Changed(TOptions options, string? name)
    {
        if (listeners.TryGetValue(name ?? Options.DefaultName, out var present))
        {
            foreach (var listener in present)
            {
                listener.Changed(options);
            }
        }
    }

    private void Remove(Listener listener)
    {
        while (listeners.TryGetValue(listener.Name, out var present))
        {
            var index = Array.IndexOf(present, listener);
            if (index < 0)
            {
                return;
            }

            var removed = present.Length == 1 ? null : present.Where(l => !ReferenceEquals(l, listener)).ToArray();
            if (removed is null
                ? listeners.TryRemove(new KeyValuePair<string, Listener[]>(listener.Name, present))
                : listeners.TryUpdate(listener.Name, removed, present))
            {
                return;
            }
        }
    }

    private sealed class Listener(MemberCardsOptionsChanges<TOptions> owner, string name, Action<TOptions> changed) : IDisposable
    {
        public string Name => name;

        public void Changed(TOptions options) => changed(options);

        public void Dispose() => owner.Remove(this);
    }
}
