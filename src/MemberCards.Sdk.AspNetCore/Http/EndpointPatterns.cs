using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace MemberCards.Sdk.AspNetCore;

/// <summary>
/// The route patterns the SDK's <c>Map*</c> methods mapped on each route builder, so that mapping one pattern a second
/// time fails when it is mapped (naming the pattern and both calls) instead of at the first push, with routing's
/// <c>AmbiguousMatchException</c>. Patterns compare as routing matches them: case-insensitively, without the slashes
/// around them, and with any parameter name.
/// </summary>
internal static partial class EndpointPatterns
{
    private static readonly ConditionalWeakTable<IEndpointRouteBuilder, Dictionary<string, string>> Mapped = [];

    /// <summary>Records that <paramref name="mapper"/> maps <paramref name="pattern"/> on <paramref name="endpoints"/>.</summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The pattern.</param>
    /// <param name="mapper">The mapping method, such as <c>MapYouzanPush</c>.</param>
    /// <exception cref="InvalidOperationException">The pattern is mapped already by one of the SDK's <c>Map*</c> methods.</exception>
    public static void Claim(IEndpointRouteBuilder endpoints, string pattern, string mapper)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var key = Key(pattern);
        var call = $"{mapper}(\"{pattern}\")";
        var patterns = Mapped.GetValue(endpoints, static _ => new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));
        lock (patterns)
        {
            if (patterns.TryGetValue(key, out var first))
            {
                throw new InvalidOperationException($"The route pattern '{pattern}' is mapped twice: by {first} and again by {call}. Every request to it would fail with AmbiguousMatchException; map each registration on a pattern of its own (for example '/youzan/push/brand-a').");
            }

            patterns.Add(key, call);
        }
    }

    private static string Key(string pattern) => Parameter().Replace("/" + pattern.Trim().Trim('/'), "{}");

    [GeneratedRegex(@"\{[^}]*\}", RegexOptions.CultureInvariant)]
    private static partial Regex Parameter();
}
