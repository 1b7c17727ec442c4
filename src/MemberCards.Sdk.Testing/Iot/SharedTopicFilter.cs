namespace MemberCards.Sdk.Testing.Iot;

/// <summary>
/// A shared subscription's topic filter, <c>$share/{group}/{filter}</c> (MQTT 5, 4.8.2): the group's name and the
/// ordinary filter its members share.
/// </summary>
/// <param name="Group">The share name (no <c>/</c>, <c>+</c> or <c>#</c>).</param>
/// <param name="Filter">The topic filter after the share name.</param>
internal readonly record struct SharedTopicFilter(string Group, string Filter)
{
    /// <summary>The prefix that marks a shared subscription.</summary>
    public const string Prefix = "$share/";

    /// <summary>Reads <paramref name="topicFilter"/> as a shared subscription; false for an ordinary or malformed one.</summary>
    /// <param name="topicFilter">A topic filter from a SUBSCRIBE or UNSUBSCRIBE packet.</param>
    /// <param name="shared">The group and filter when it is one.</param>
    /// <returns>Whether the filter is a well-formed shared subscription.</returns>
    public static bool TryParse(string? topicFilter, out SharedTopicFilter shared)
    {
        shared = default;
        if (topicFilter is null || !topicFilter.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = topicFilter.AsSpan(Prefix.Length);
        var slash = rest.IndexOf('/');
        if (slash <= 0 || slash == rest.Length - 1 || rest[..slash].IndexOfAny('+', '#') >= 0)
        {
            return false;
        }

        shared = new SharedTopicFilter(rest[..slash].ToString(), rest[(slash + 1)..].ToString());
        return true;
    }
}
