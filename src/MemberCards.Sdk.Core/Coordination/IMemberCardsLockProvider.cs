namespace MemberCards.Sdk;

/// <summary>
/// Short-lived named locks that make one instance do a job for all (an access_token fetch per AppId, a
/// certificate download per merchant). A lock is held until its time to live runs out or its owner releases it;
/// only the owner (the random token in its <see cref="MemberCardsLock"/>) can release it.
/// </summary>
/// <remarks>
/// The default, <see cref="InMemoryMemberCardsLockProvider"/>, locks within one process. A fleet of instances
/// needs a shared one (the <c>MemberCards.Sdk.Redis</c> package registers one). A provider that cannot reach its
/// store throws <see cref="MemberCardsCoordinationException"/>; callers fall back to per-process behaviour.
/// </remarks>
public interface IMemberCardsLockProvider
{
    /// <summary>Takes the lock <paramref name="name"/> if nobody holds it.</summary>
    /// <param name="name">The lock's name (service, job and account, such as <c>wechat:token:classic:wx123</c>); never a secret.</param>
    /// <param name="timeToLive">How long the lock is held at most, if its owner neither releases it nor lives that long.</param>
    /// <param name="cancellationToken">Cancels the attempt.</param>
    /// <returns>The held lock, or <see langword="null"/> when another owner holds it.</returns>
    /// <exception cref="MemberCardsCoordinationException">The lock store cannot be reached in time.</exception>
    ValueTask<MemberCardsLock?> TryAcquireAsync(string name, TimeSpan timeToLive, CancellationToken cancellationToken = default);

    /// <summary>Releases a lock if it is still held by its owner (a lock that expired and was taken by another owner is left alone).</summary>
    /// <param name="heldLock">A lock from <see cref="TryAcquireAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the release.</param>
    /// <returns><see langword="true"/> when the lock was still held by this owner and is now free.</returns>
    ValueTask<bool> ReleaseAsync(MemberCardsLock heldLock, CancellationToken cancellationToken = default);
}
