namespace MemberCards.Sdk.Redis;

/// <summary>The key layout: <c>{prefix}claim:{key}</c>, <c>{prefix}lock:{name}</c>, <c>{prefix}cache:{key}</c>.</summary>
internal sealed class RedisKeys(string prefix)
{
    public string Prefix { get; } = prefix;

    public string Claim(string key) => string.Concat(Prefix, "claim:", key);

    public string Lock(string name) => string.Concat(Prefix, "lock:", name);

    public string Cache(string key) => string.Concat(Prefix, "cache:", key);
}
