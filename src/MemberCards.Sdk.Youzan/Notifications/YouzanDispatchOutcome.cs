namespace MemberCards.Sdk.Youzan;

/// <summary>What the dispatcher did with a push. Every outcome is answered with <see cref="YouzanPushReply.SuccessJson"/>.</summary>
public enum YouzanDispatchOutcome
{
    /// <summary>The push was verified and every registered handler for it succeeded; it is now remembered as processed.</summary>
    Handled = 1,

    /// <summary>The push was already handled (a re-send); no handler ran.</summary>
    Duplicate,

    /// <summary>A health check (<c>{"test":true}</c>); nothing to verify or handle.</summary>
    HealthCheck,

    /// <summary>The push was verified but no handler is registered for it.</summary>
    Unhandled,

    /// <summary>Another delivery of the same push is being handled right now; answer so that Youzan re-sends it.</summary>
    InProgress,
}
