namespace MemberCards.Sdk.Redis;

/// <summary>The service name the Redis package uses in exceptions and telemetry.</summary>
internal static class RedisService
{
    /// <summary><c>Redis</c>.</summary>
    public const string Name = "Redis";
}
