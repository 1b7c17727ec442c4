namespace MemberCards.Sdk;

/// <summary>How long the SDK keeps what a service's <see cref="IMemberCardsRegistrationSource{TOptions}"/> answered.</summary>
public sealed class MemberCardsSourceOptions
{
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
}
