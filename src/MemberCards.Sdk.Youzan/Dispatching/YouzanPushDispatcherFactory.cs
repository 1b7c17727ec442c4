using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Youzan;

/// <summary>Creates and keeps one dispatcher per options name.</summary>
internal sealed class YouzanPushDispatcherFactory(IServiceProvider services) : IYouzanPushDispatcherFactory
{
    private readonly ConcurrentDictionary<string, YouzanPushDispatcher> dispatchers = new(StringComparer.Ordinal);

    public IYouzanPushDispatcher Create(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return dispatchers.GetOrAdd(name, static (n, sp) => new YouzanPushDispatcher(
            n,
            sp.GetRequiredService<IOptionsMonitor<YouzanOptions>>(),
            sp.GetRequiredService<IServiceScopeFactory>(),
            sp.GetRequiredService<IMessageDeduplicationStore>(),
            sp.GetRequiredService<ILogger<YouzanPushDispatcher>>()), services);
    }
}
