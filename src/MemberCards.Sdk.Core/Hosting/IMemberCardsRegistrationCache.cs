namespace MemberCards.Sdk;

/// <summary>
/// The SDK's cache of what a service's <see cref="IMemberCardsRegistrationSource{TOptions}"/> gave. Resolve it from
/// DI after adding a source (<c>AddWeChatPaySource</c>, <c>AddWeChatCardsSource</c>) and call it when your data
/// changes: after a key rotation the next use of the name reads the source again and signs with the new key; after
/// offboarding the next use fails with "not registered".
/// </summary>
/// <typeparam name="TOptions">The service's options type.</typeparam>
/// <remarks>
/// Invalidating drops everything the SDK built for the name in this process: its options, its parsed keys, its
/// resilience pipeline and handler chain, its token and ticket providers. Credentials that the SDK shares across a
/// fleet (access tokens, JS-SDK tickets, platform certificates) stay in <c>IDistributedCache</c> under the AppId or
/// merchant id, so a re-read does not fetch them again; invalidate each instance of a fleet (for example from your
/// own change notification), since every instance holds its own cache.
/// </remarks>
public interface IMemberCardsRegistrationCache<TOptions>
    where TOptions : class
{
    /// <summary>Drops one name: its next use asks the source again. A name registered with <c>AddXxx(name)</c> is left as it is.</summary>
    /// <param name="name">The registration name.</param>
    void Invalidate(string name);

    /// <summary>Drops every name the source gave (or said it did not know).</summary>
    void InvalidateAll();
}
