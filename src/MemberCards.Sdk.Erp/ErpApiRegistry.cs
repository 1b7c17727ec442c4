using System.Collections.Concurrent;
using Refit;

namespace MemberCards.Sdk.Erp;

/// <summary>The user APIs added with <c>AddErpPoints(name).AddApi&lt;TApi&gt;()</c>, with the Refit settings of each.</summary>
internal sealed class ErpApiRegistry
{
    private readonly ConcurrentDictionary<(string Name, Type Api), RefitSettings> apis = new();

    public void Add(string name, Type api, RefitSettings settings) => apis.TryAdd((name, api), settings);

    public RefitSettings Require(string name, Type api)
        => apis.TryGetValue((name, api), out var settings)
            ? settings
            : throw new InvalidOperationException($"{api.Name} is not added to {MemberCardsSettingName.Of(ErpConstants.Service, name)}; add it with AddErpPoints({(name.Length == 0 ? string.Empty : $"\"{name}\"")}).AddApi<{api.Name}>().");
}
