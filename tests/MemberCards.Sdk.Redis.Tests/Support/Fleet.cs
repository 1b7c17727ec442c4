using System.Globalization;
using MemberCards.Sdk.Testing.WeChat;
using MemberCards.Sdk.Testing.Youzan;

namespace MemberCards.Sdk.Redis.Tests.Support;

/// <summary>
/// Three fleet host processes on one Redis (or each on its own, without Redis), in front of one WeChat emulator
/// (classic tokens unless stable ones are asked for) and signing Youzan pushes with one Youzan app: the OS-process
/// fleet of the multi-process tests.
/// </summary>
internal sealed class Fleet : IAsyncDisposable
{
    public const string YouzanClientId = "fleet-client";
    public const string YouzanClientSecret = "fleet-client-secret";

    private Fleet(WeChatEmulator weChat, IReadOnlyList<FleetInstance> instances, IReadOnlyList<string> apps)
    {
        WeChat = weChat;
        Instances = instances;
        Apps = apps;
        Youzan = new YouzanPushEmulator(YouzanClientId, YouzanClientSecret);
    }

    public WeChatEmulator WeChat { get; }

    public YouzanPushEmulator Youzan { get; }

    public IReadOnlyList<FleetInstance> Instances { get; }

    /// <summary>The AppIds registered in the emulator and in every instance.</summary>
    public IReadOnlyList<string> Apps { get; }

    /// <summary>The <c>redis</c> argument of <see cref="StartAsync"/> for instances without Redis.</summary>
    public const string NoRedis = "none";

    public static async Task<Fleet> StartAsync(string redis, string keyPrefix, int apps = 3, int size = 3, bool stableTokens = false)
    {
        var appIds = Enumerable.Range(1, apps).Select(i => $"wxfleet{i:D4}{Guid.NewGuid():N}"[..18]).ToArray();
        var weChat = await WeChatEmulator.StartAsync(o =>
        {
            foreach (var app in appIds)
            {
                o.Apps[app] = "secret-of-" + app;
            }
        });
        var arguments = new List<string> { redis, weChat.BaseAddress.ToString(), keyPrefix, YouzanClientId, YouzanClientSecret };
        if (stableTokens)
        {
            arguments.Add("--stable");
        }

        arguments.AddRange(appIds.Select(a => $"{a}=secret-of-{a}"));
        var starting = Enumerable.Range(1, size).Select(i => FleetInstance.StartAsync($"instance {i}", arguments)).ToArray();
        var instances = await Task.WhenAll(starting);
        return new Fleet(weChat, instances, appIds);
    }

    /// <summary>Sends <paramref name="command"/> (built from a common start time, a little ahead) to every instance at once.</summary>
    public async Task<IReadOnlyDictionary<string, string>[]> AllAsync(Func<FleetInstance, int, string, string> command)
    {
        var start = DateTimeOffset.UtcNow.AddMilliseconds(300).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        return await Task.WhenAll(Instances.Select((instance, i) => instance.SendAsync(command(instance, i, start))));
    }

    /// <summary>The sum of an integer field over every instance's answer.</summary>
    public static int Sum(IEnumerable<IReadOnlyDictionary<string, string>> answers, string key)
        => answers.Sum(a => a.TryGetValue(key, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : 0);

    /// <summary>The stderr of every instance, for failure messages.</summary>
    public string Errors => string.Join("\n", Instances.Select(i => $"--- {i.Name}\n{i.Errors}"));

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in Instances)
        {
            await instance.DisposeAsync();
        }

        Youzan.Dispose();
        await WeChat.DisposeAsync();
    }
}
