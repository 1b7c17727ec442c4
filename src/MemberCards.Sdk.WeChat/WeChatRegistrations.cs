namespace MemberCards.Sdk.WeChat;

/// <summary>The names registered with <c>AddWeChatCards</c>, and the HTTP client names derived from them.</summary>
internal sealed class WeChatRegistrations
{
    private readonly HashSet<string> names = new(StringComparer.Ordinal);

    public static string ApiClientName(string name) => "MemberCards.WeChat.Api:" + name;

    public static string TokenClientName(string name) => "MemberCards.WeChat.Token:" + name;

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
