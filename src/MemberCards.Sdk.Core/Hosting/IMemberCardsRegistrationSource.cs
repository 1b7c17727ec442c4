namespace MemberCards.Sdk;

/// <summary>
/// Where the registrations of a service come from at run time (the ISV's database, Redis, configuration), for hosts
/// that serve more merchants or accounts than they can register when they start, or add and remove them while they
/// run. A factory asks the source for a name that was not registered with <c>AddXxx(name)</c>; what the source fills
/// in is validated like a registered name's options (errors name the registration and the setting) and cached by the
/// SDK for <see cref="MemberCardsSourceOptions.CacheDuration"/>; <see cref="IMemberCardsRegistrationCache{TOptions}"/>
/// drops a name at once (key rotation, offboarding). Add it with the service's <c>AddXxxSource&lt;TSource&gt;()</c>
/// (<c>AddWeChatPaySource</c>, <c>AddWeChatCardsSource</c>).
/// </summary>
/// <typeparam name="TOptions">The service's options type (<c>WeChatPayOptions</c>, <c>WeChatCardsOptions</c>).</typeparam>
/// <remarks>
/// Synchronous on purpose: the factories' <c>Create(name)</c> is synchronous and a client is created per use, so the
/// SDK asks the source at most once per name per <see cref="MemberCardsSourceOptions.CacheDuration"/> (and once per
/// <see cref="MemberCardsSourceOptions.UnknownCacheDuration"/> for a name it does not know), always outside any
/// request. Back it with data in memory (a snapshot your host refreshes in the background, or your own cache over the
/// database) rather than a blocking round trip; a slow source only delays the first use of a name after it expired.
/// The factories call it concurrently for different names, never twice at once for one name.
/// </remarks>
public interface IMemberCardsRegistrationSource<in TOptions>
    where TOptions : class
{
    /// <summary>Fills the options of registration <paramref name="name"/>, or says it does not exist.</summary>
    /// <param name="name">The registration name asked for (never one registered with <c>AddXxx(name)</c>).</param>
    /// <param name="options">
    /// Options with the host's defaults already applied (<c>ConfigureAll</c>, such as a shared <c>BaseAddress</c>); set
    /// what belongs to this merchant or account.
    /// </param>
    /// <returns><see langword="true"/> when the name exists; <see langword="false"/> makes the factory fail with the usual "not registered" error.</returns>
    bool TryConfigure(string name, TOptions options);
}
