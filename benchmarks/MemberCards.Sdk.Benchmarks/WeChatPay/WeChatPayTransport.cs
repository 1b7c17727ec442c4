namespace MemberCards.Sdk.Benchmarks.WeChatPay;

/// <summary>What answers the WeChat Pay GET benchmarks.</summary>
public enum WeChatPayTransport
{
    /// <summary>The in-process emulator over loopback: the server's own signing and encrypting are in every call.</summary>
    Emulator,

    /// <summary>
    /// One answer of the emulator, recorded and handed back in memory (<see cref="RecordedAnswerHandler"/>): no server
    /// and no socket, so the ratios are those of the client's own work.
    /// </summary>
    Replay,
}
