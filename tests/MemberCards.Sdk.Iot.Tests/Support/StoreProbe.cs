namespace MemberCards.Sdk.Iot.Tests.Support;

/// <summary>Asks the de-duplication store whether a key was completed, without leaving a claim behind.</summary>
internal static class StoreProbe
{
    internal static async Task<bool> IsProcessedAsync(this IMessageDeduplicationStore store, string key)
    {
        var claim = await store.TryClaimAsync(key, TimeSpan.FromMinutes(1));
        if (claim.Status == MessageClaimStatus.Claimed)
        {
            await store.ReleaseAsync(claim);
        }

        return claim.Status == MessageClaimStatus.Processed;
    }
}
