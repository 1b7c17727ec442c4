namespace MemberCards.Sdk.WeChat;

/// <summary>What <see cref="IWeChatEventProcessor.HandleAsync"/> did with a push.</summary>
public sealed class WeChatEventResult
{
    /// <summary>The verified event.</summary>
    public required WeChatEvent Event { get; init; }

    /// <summary>Whether it was a retry of an event already handled (the handler was not called).</summary>
    public bool IsDuplicate { get; init; }

    /// <summary>Whether another delivery of the same event is being handled right now (no handler ran; answer so that WeChat re-sends it).</summary>
    public bool IsInProgress { get; init; }

    /// <summary>The body to answer WeChat with: an empty string stops its retries.</summary>
    public string Reply => string.Empty;
}
