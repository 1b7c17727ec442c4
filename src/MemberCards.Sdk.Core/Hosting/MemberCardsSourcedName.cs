using System.Buffers;

namespace MemberCards.Sdk;

/// <summary>
/// Which names a registration source is asked about: up to <see cref="MemberCardsSourceOptions.MaxNameLength"/>
/// characters, each an ASCII letter, a digit or one of <c>-._~</c> (the unreserved characters of RFC 3986, which a URL
/// path carries without escaping). Any other name cannot be a sourced registration, so it is refused without a question
/// to the source and without an entry in the cache, whoever sent it.
/// </summary>
internal static class MemberCardsSourcedName
{
    private static readonly SearchValues<char> Allowed = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~");

    /// <summary>The characters a sourced name may hold, as the messages and the docs say them.</summary>
    public const string Characters = "ASCII letters, digits, '-', '.', '_' and '~'";

    /// <summary>Whether the source may be asked about <paramref name="name"/>.</summary>
    /// <param name="name">The registration name (not a registered one).</param>
    /// <param name="maxLength">The longest name asked about.</param>
    /// <returns><see langword="true"/> when the name fits the rule.</returns>
    public static bool IsAskable(string name, int maxLength)
        => name.Length <= maxLength && !name.AsSpan().ContainsAnyExcept(Allowed);
}
