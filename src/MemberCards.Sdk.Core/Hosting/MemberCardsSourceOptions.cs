namespace MemberCards.Sdk;

/// <summary>
/// How long the SDK keeps what a service's <see cref="IMemberCardsRegistrationSource{TOptions}"/> answered, how many
/// "unknown" answers it keeps, and which names it asks the source about at all. A route with <c>{registration}</c>
/// lets anyone who can send a request choose the name, so the last two bound what such a caller can cost.
/// </summary>
public sealed class MemberCardsSourceOptions
{
    /// <summary>The default of <see cref="MaxUnknownNames"/>.</summary>
    public const int DefaultMaxUnknownNames = 10_000;

    /// <summary>The default of <see cref="MaxNameLength"/>.</summary>
    public const int DefaultMaxNameLength = 64;

    /// <summary>
    /// How long the options the source gave for a name are used before the next use reads them again (a re-read
    /// rebuilds the name's keys and pipeline; tokens and certificates stay in the distributed cache). Default 10 minutes:
    /// a rotation you do not announce with <see cref="IMemberCardsRegistrationCache{TOptions}.Invalidate"/> applies within it.
    /// </summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long a name the source said it does not know is answered "not registered" without asking it again, so a
    /// caller that keeps using a wrong name does not reach your database every time. Default 30 seconds; a brand you
    /// add is usable at once after <see cref="IMemberCardsRegistrationCache{TOptions}.Invalidate"/>.
    /// </summary>
    public TimeSpan UnknownCacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The most names the SDK remembers as unknown to the source (default 10,000, at least 1). Expired ones are dropped
    /// as new ones arrive; when the cap is still reached, the oldest unknown names are forgotten first (their next use
    /// asks the source again). A name the source knows is never dropped to make room.
    /// </summary>
    public int MaxUnknownNames { get; set; } = DefaultMaxUnknownNames;

    /// <summary>
    /// The longest name the source is asked about (default 64 characters, at least 1). A name that is not registered
    /// and is longer, or holds a character other than an ASCII letter, a digit, <c>-</c>, <c>.</c>, <c>_</c> or
    /// <c>~</c> (the characters a URL path carries as they are), is answered "not registered" without asking the
    /// source or remembering it. Names registered with <c>AddXxx(name)</c> are not subject to this rule.
    /// </summary>
    public int MaxNameLength { get; set; } = DefaultMaxNameLength;
}
