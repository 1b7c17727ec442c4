using MemberCards.Sdk.WeChat;

namespace MemberCards.Sdk.Redis.FleetHost;

/// <summary>
/// The command line: <c>redis wechat-base-address key-prefix youzan-client-id youzan-secret [--stable] appId=secret...</c>.
/// <c>redis</c> is <c>none</c> for an instance without Redis (its own in-memory token cache); <c>--stable</c> makes the
/// WeChat accounts use stable tokens (classic otherwise).
/// </summary>
internal sealed record FleetSettings(string? Redis, Uri WeChat, string KeyPrefix, string YouzanClientId, string YouzanClientSecret, WeChatTokenMode TokenMode, IReadOnlyList<(string AppId, string Secret)> Apps)
{
    /// <summary>The <c>redis</c> argument of an instance that runs without Redis.</summary>
    public const string NoRedis = "none";

    /// <summary>The flag that selects stable tokens.</summary>
    public const string StableFlag = "--stable";

    public static FleetSettings Parse(string[] args)
    {
        if (args.Length < 6)
        {
            throw new ArgumentException("usage: FleetHost redis|none wechat-base-address key-prefix youzan-client-id youzan-secret [--stable] appId=secret [appId=secret ...]");
        }

        var rest = args.Skip(5).ToArray();
        var mode = rest.Contains(StableFlag, StringComparer.Ordinal) ? WeChatTokenMode.Stable : WeChatTokenMode.Classic;
        var apps = rest.Where(a => a != StableFlag).Select(a => a.Split('=', 2)).Select(p => (p[0], p[1])).ToArray();
        return new FleetSettings(args[0] == NoRedis ? null : args[0], new Uri(args[1]), args[2], args[3], args[4], mode, apps);
    }
}
