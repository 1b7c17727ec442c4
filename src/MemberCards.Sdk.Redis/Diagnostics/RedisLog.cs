namespace MemberCards.Sdk.Redis;

/// <summary>The Redis package's log messages, with stable event ids (7000 range); never a token, a secret or a value.</summary>
internal static partial class RedisLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "Redis {Operation} of '{Key}' failed after the handlers ran ({Reason}); the claim expires after its processing timeout.")]
    public static partial void FinishFailed(ILogger logger, string operation, string key, string reason);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning, Message = "Redis lock '{Key}' could not be released ({Reason}); it expires after its time to live.")]
    public static partial void UnlockFailed(ILogger logger, string key, string reason);
}
