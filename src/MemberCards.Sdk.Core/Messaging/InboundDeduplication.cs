namespace MemberCards.Sdk;

/// <summary>
/// The claim -> handlers -> complete / release step every inbound dispatcher runs, written once.
/// </summary>
internal static class InboundDeduplication
{
    /// <summary>How long a claim is held when a service sets no processing timeout: 2 minutes.</summary>
    internal static readonly TimeSpan DefaultProcessingTimeout = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The key a registration claims a message under: the service's key for the default registration, and the key
    /// followed by <c>@</c> and the registration name for a named one, so that two registrations (brands, apps) that
    /// receive the same message id never suppress each other's handlers.
    /// </summary>
    /// <param name="key">The service's key (service prefix plus the platform's ids), or <see langword="null"/>.</param>
    /// <param name="registrationName">The registration name (empty for the default one).</param>
    /// <returns>The scoped key, or <see langword="null"/>.</returns>
    internal static string? ScopeKey(string? key, string registrationName)
        => key is null || registrationName.Length == 0 ? key : key + "@" + registrationName;

    /// <summary>
    /// Runs <paramref name="handle"/> at most once per <paramref name="key"/>: claims it, runs the handlers,
    /// completes the claim when at least one handler ran, releases it when none ran or a handler threw (the
    /// exception propagates, so the transport answers with the platform's retry).
    /// </summary>
    /// <param name="store">The de-duplication store.</param>
    /// <param name="key">The message's key, or <see langword="null"/> when it has no id (then it always runs).</param>
    /// <param name="processingTimeout">How long the claim is held.</param>
    /// <param name="window">How long a handled message is remembered.</param>
    /// <param name="handle">Runs the handlers; returns how many ran.</param>
    /// <param name="cancellationToken">Cancels the claim and the handlers.</param>
    /// <returns>Handled, Unhandled, Duplicate or InProgress.</returns>
    internal static async Task<InboundOutcome> RunOnceAsync(
        IMessageDeduplicationStore store,
        string? key,
        TimeSpan processingTimeout,
        TimeSpan window,
        Func<CancellationToken, Task<int>> handle,
        CancellationToken cancellationToken)
    {
        if (key is null)
        {
            return await handle(cancellationToken).ConfigureAwait(false) == 0 ? InboundOutcome.Unhandled : InboundOutcome.Handled;
        }

        var claim = await store.TryClaimAsync(key, processingTimeout, cancellationToken).ConfigureAwait(false);
        switch (claim.Status)
        {
            case MessageClaimStatus.Processed:
                return InboundOutcome.Duplicate;
            case MessageClaimStatus.InProgress:
                return InboundOutcome.InProgress;
        }

        int handled;
        try
        {
            handled = await handle(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await store.ReleaseAsync(claim, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        if (handled == 0)
        {
            await store.ReleaseAsync(claim, CancellationToken.None).ConfigureAwait(false);
            return InboundOutcome.Unhandled;
        }

        await store.CompleteAsync(claim, window, CancellationToken.None).ConfigureAwait(false);
        return InboundOutcome.Handled;
    }
}
