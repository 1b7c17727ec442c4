namespace MemberCards.Sdk.Redis;

/// <summary>Marks the assembly until its first type lands.</summary>
internal static class RedisPlaceholder
{
}
