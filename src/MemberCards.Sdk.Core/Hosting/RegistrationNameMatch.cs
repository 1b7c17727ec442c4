namespace MemberCards.Sdk;

/// <summary>
/// Finds the registration names closest to one that is not registered, for the "not registered" error: fewest edits
/// (insertions, deletions, substitutions) first, then the longest common prefix, then ordinal order, so the same
/// registry always gives the same names.
/// </summary>
internal static class RegistrationNameMatch
{
    /// <summary>The <paramref name="count"/> names of <paramref name="known"/> closest to <paramref name="name"/>.</summary>
    /// <param name="name">The name asked for.</param>
    /// <param name="known">The registered names.</param>
    /// <param name="count">How many to return at most.</param>
    /// <returns>The closest names, closest first.</returns>
    public static IReadOnlyList<string> Closest(string name, IReadOnlyCollection<string> known, int count)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(known);
        var row = new int[name.Length + 1];
        return [.. known
            .Select(candidate => (Name: candidate, Distance: Distance(name, candidate, row), Prefix: CommonPrefix(name, candidate)))
            .OrderBy(c => c.Distance)
            .ThenByDescending(c => c.Prefix)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(count)
            .Select(c => c.Name)];
    }

    /// <summary>The edit distance between two names (one row of the classic table, reused across calls).</summary>
    private static int Distance(string a, string b, int[] row)
    {
        for (var i = 0; i <= a.Length; i++)
        {
            row[i] = i;
        }

        for (var j = 1; j <= b.Length; j++)
        {
            var diagonal = row[0];
            row[0] = j;
            for (var i = 1; i <= a.Length; i++)
            {
                var above = row[i];
                row[i] = Math.Min(Math.Min(row[i] + 1, row[i - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[a.Length];
    }

    private static int CommonPrefix(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        var i = 0;
        while (i < length && a[i] == b[i])
        {
            i++;
        }

        return i;
    }
}
