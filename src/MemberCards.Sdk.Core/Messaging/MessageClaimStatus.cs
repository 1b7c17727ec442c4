namespace MemberCards.Sdk;

/// <summary>What <see cref="IMessageDeduplicationStore.TryClaimAsync"/> found for a message key.</summary>
public enum MessageClaimStatus
{
    /// <summary>The caller now owns the message: run the handlers, then complete or release the claim.</summary>
    Claimed = 1,

    /// <summary>The message was handled before (within the de-duplication window): do not run it again.</summary>
    Processed = 2,

    /// <summary>
    /// Another delivery of the message is being handled right now (in this process or, with a shared store, on
    /// another instance): do not run it; answer so that the platform retries later.
    /// </summary>
    InProgress = 3,
}
