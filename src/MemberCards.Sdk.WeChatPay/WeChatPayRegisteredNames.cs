namespace MemberCards.Sdk.WeChatPay;

/// <summary>The merchant names registered with <c>AddWeChatPay</c>.</summary>
internal sealed class WeChatPayRegisteredNames
{
    private readonly HashSet<string> names = new(StringComparer.Ordinal);

    /// <summary>Adds a name; <see langword="false"/> when it was already registered.</summary>
    public bool Add(string name)
    {
        lock (names)
        {
            return names.Add(name);
        }
    }

    public bool Contains(string name)
    {
        lock (names)
        {
            return names.Contains(name);
        }
    }
}
