namespace MemberCards.Sdk.Youzan;

/// <summary>The result of dispatching one push, with the reply to send back to Youzan.</summary>
public sealed class YouzanDispatchResult
{
    /// <summary>What happened.</summary>
    public required YouzanDispatchOutcome Outcome { get; init; }

    /// <summary>The verified push (also set for health checks).</summary>
    public required YouzanPush Push { get; init; }

    /// <summary>The de-duplication key used, or <see langword="null"/> when the push had no msg_id and no version.</summary>
    public string? DeduplicationKey { get; init; }

    /// <summary>The body to answer with: <see cref="YouzanPushReply.SuccessJson"/>.</summary>
    public string ReplyJson => YouzanPushReply.SuccessJson;

    /// <inheritdoc />
    public override string ToString() => $"{Outcome}: {Push}";
}
