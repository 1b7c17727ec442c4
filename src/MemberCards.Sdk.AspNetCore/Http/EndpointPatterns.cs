using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing.Patterns;

namespace MemberCards.Sdk.AspNetCore;

/// <summary>
/// The route patterns the SDK's <c>Map*</c> methods mapped on each route builder, so that mapping one pattern a second
/// time fails when it is mapped (naming the pattern and both calls) instead of at the first push, with routing's
/// <c>AmbiguousMatchException</c>. Patterns compare as routing matches them: case-insensitively, without the slashes
/// around them, and with any parameter name. Also where a pattern says that it carries the registration name
/// (<see cref="RegistrationParameter"/>).
/// </summary>
internal static partial class EndpointPatterns
{
    /// <summary>
    /// The route parameter that carries the registration name, as in <c>/wechatpay/notify/{registration}</c>: an endpoint
    /// mapped on such a pattern serves every name that is registered or known to the service's registration source,
    /// read from the route per request.
    /// </summary>
    public const string RegistrationParameter = "registration";

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

    /// <summary>
    /// Whether <paramref name="pattern"/> carries the registration name in its <see cref="RegistrationParameter"/>
    /// parameter (whatever its constraints), so that the endpoint reads the name from the route per request.
    /// </summary>
    /// <param name="pattern">The pattern.</param>
    /// <param name="name">The name given to the <c>Map*</c> method, which must then be empty.</param>
    /// <param name="mapper">The mapping method, such as <c>MapWeChatPayNotifications</c>.</param>
    /// <returns><see langword="true"/> when the name comes from the route.</returns>
    /// <exception cref="ArgumentException">The pattern carries the name and a name was given as well.</exception>
    public static bool CarriesRegistration(string pattern, string name, string mapper)
    {
        if (RoutePatternFactory.Parse(pattern).GetParameter(RegistrationParameter) is null)
        {
            return false;
        }

        return name.Length == 0
            ? true
            : throw new ArgumentException($"{mapper}(\"{pattern}\", \"{name}\"): the pattern carries the registration name in its {{{RegistrationParameter}}} parameter, so no name is given as well. Map \"{pattern}\" without a name to serve every registration, or a pattern without {{{RegistrationParameter}}} for \"{name}\" alone.", nameof(name));
    }

    private static string Key(string pattern) => Parameter().Replace("/" + pattern.Trim().Trim('/'), "{}");

    [GeneratedRegex(@"\{[^}]*\}", RegexOptions.CultureInvariant)]
    private static partial Regex Parameter();
}
