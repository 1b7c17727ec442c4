namespace MemberCards.Sdk.Erp;

/// <summary>The names of the ERPs registered with <c>AddErpPoints</c>.</summary>
internal sealed class ErpPointsRegistry
{
    private readonly HashSet<string> names = new(StringComparer.Ordinal);
    private readonly object gate = new();

    public void Add(string name)
    {
        lock (gate)
        {
            names.Add(name);
        }
    }

    public bool Contains(string name)
    {
        lock (gate)
        {
            return names.Contains(name);
        }
    }
}
