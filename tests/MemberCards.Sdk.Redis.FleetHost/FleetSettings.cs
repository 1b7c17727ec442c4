namespace MemberCards.Sdk.Redis.FleetHost;

/// <summary>The command line: <c>redis wechat-base-address key-prefix youzan-client-id youzan-secret appId=secret...</c>.</summary>
internal sealed record FleetSettings(string Redis, Uri WeChat, string KeyPrefix, string YouzanClientId, string YouzanClientSecret, IReadOnlyList<(string AppId, string Secret)> Apps)
{
    public static FleetSettings Parse(string[] args)
    {
        if (args.Length < 6)
        {
            throw new ArgumentException("usage: FleetHost redis wechat-base-address key-prefix youzan-client-id youzan-secret appId=secret [appId=secret ...]");
        }

        var apps = args.Skip(5).Select(a => a.Split('=', 2)).Select(p => (p[0], p[1])).ToArray();
        return new FleetSettings(args[0], new Uri(args[1]), args[2], args[3], args[4], apps);
    }
}
