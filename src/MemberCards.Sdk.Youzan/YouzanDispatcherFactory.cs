using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Youzan;

/// <summary>Creates and keeps one dispatcher per registered name; an unknown name fails at once.</summary>
internal sealed class YouzanDispatcherFactory(IServiceProvider services, MemberCardsRegistrations registrations) : IYouzanDispatcherFactory
{
    private readonly ConcurrentDictionary<string, YouzanDispatcher> dispatchers = new(StringComparer.Ordinal);

    public IYouzanDispatcher Create(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        registrations.Require(YouzanConstants.Service, name);
        return dispatchers.GetOrAdd(name, static (n, sp) => new YouzanDispatcher(
            n,
            sp.GetRequiredService<IOptionsMonitor<YouzanOptions>>(),
            sp.GetRequiredService<IServiceScopeFactory>(),
            sp.GetRequiredService<IMessageDeduplicationStore>(),
            sp.GetRequiredService<ILogger<YouzanDispatcher>>()), services);
    }
}
