namespace MemberCards.Sdk.Testing.Iot;

/// <summary>
/// One group of a shared subscription on the emulator broker: the clients that subscribed <c>$share/{group}/{filter}</c>
/// and whose turn is next. Not thread-safe: <see cref="SharedSubscriptions"/> holds its lock around every call.
/// </summary>
/// <param name="filter">The group's name and filter.</param>
internal sealed class SharedGroup(SharedTopicFilter filter)
{
    private readonly List<string> members = [];
    private int next;

    /// <summary>The group's name and the filter its members share.</summary>
    public SharedTopicFilter Filter { get; } = filter;

    /// <summary>The member client ids, in the order they joined.</summary>
    public IReadOnlyList<string> Members => members;

    /// <summary>Adds a member (once).</summary>
    public void Join(string clientId)
    {
        if (!members.Contains(clientId, StringComparer.Ordinal))
        {
            members.Add(clientId);
        }
    }

    /// <summary>Removes a member.</summary>
    public void Leave(string clientId) => members.Remove(clientId);

    /// <summary>
    /// The member whose turn it is (round robin) among those <paramref name="isConnected"/> accepts, other than
    /// <paramref name="except"/>; null when no such member is connected.
    /// </summary>
    public string? NextConnected(Func<string, bool> isConnected, string? except = null)
    {
        for (var tried = 0; tried < members.Count; tried++)
        {
            var candidate = members[next++ % members.Count];
            if (!string.Equals(candidate, except, StringComparison.Ordinal) && isConnected(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
