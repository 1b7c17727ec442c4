namespace MemberCards.Sdk.WeChatPay;

/// <summary>The merchant names registered with <c>AddWeChatPay</c>.</summary>
internal sealed class WeChatPayRegisteredNames
{
    private readonly HashSet<string> names = new(StringComparer.Ordinal);

    public void Add(string name)
    {
        lock (names)
        {
            names.Add(name);
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
