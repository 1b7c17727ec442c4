using MemberCards.Sdk.Redis.Tests.Support;
using MemberCards.Sdk.Testing.WeChat;
using MemberCards.Sdk.WeChat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace MemberCards.Sdk.Redis.Tests.Integration;

/// <summary>The access_token with Redis in one process: two service providers (two "instances") share one fetch; with Redis down, one fetch per instance and one warning.</summary>
public sealed class TokenFallbackTests
{
    [Fact]
    public async Task Two_instances_share_one_token_request_and_the_token_is_never_in_a_key_or_a_log()
    {
        await using var weChat = await WeChatEmulator.StartAsync(o => o.Apps["wxshared0000000001"] = "secret");
        var prefix = RedisTestServer.UniquePrefix("token");
        var (first, firstLogs) = Instance(RedisTestServer.Address, prefix, weChat, "wxshared0000000001");
        var (second, secondLogs) = Instance(RedisTestServer.Address, prefix, weChat, "wxshared0000000001");
        await using (first)
        await using (second)
        {
            var tokens = await Task.WhenAll(Enumerable.Range(0, 100).Select(i => Task.Run(async () => await Tokens(i % 2 == 0 ? first : second).GetAccessTokenAsync())));

            Assert.Single(tokens.Distinct());
            Assert.Equal(1, weChat.TokenRequestCount("wxshared0000000001"));
            await using var inspector = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(RedisTestServer.Address);
            var keys = inspector.GetServer(RedisTestServer.Address).Keys(pattern: prefix + "*").Select(k => (string)k!).ToArray();
            Assert.Equal([prefix + "cache:membercards:wechat:token:classic:wxshared0000000001"], keys);
            Assert.DoesNotContain(firstLogs.Collector.GetSnapshot().Concat(secondLogs.Collector.GetSnapshot()), r => r.Message.Contains(tokens[0], StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task With_redis_down_each_instance_fetches_once_and_warns_once()
    {
        await using var server = await PrivateRedisServer.StartAsync();
        await server.KillAsync();
        await using var weChat = await WeChatEmulator.StartAsync(o => o.Apps["wxdown00000000001"] = "secret");
        var (first, firstLogs) = Instance(server.Address, "mctest:down:", weChat, "wxdown00000000001");
        var (second, secondLogs) = Instance(server.Address, "mctest:down:", weChat, "wxdown00000000001");
        await using (first)
        await using (second)
        {
            var tokens = await Task.WhenAll(Enumerable.Range(0, 100).Select(i => Task.Run(async () => await Tokens(i % 2 == 0 ? first : second).GetAccessTokenAsync())));
            await Tokens(first).InvalidateAsync().ContinueWith(_ => { }, TaskScheduler.Default);
            await Tokens(first).GetAccessTokenAsync();

            Assert.Equal(2, tokens.Distinct().Count());
            Assert.Equal(3, weChat.TokenRequestCount("wxdown00000000001"));
            Assert.Single(firstLogs.Collector.GetSnapshot(), r => r.Id.Id == 2090 && r.Level == LogLevel.Warning);
            Assert.Single(secondLogs.Collector.GetSnapshot(), r => r.Id.Id == 2090);
        }
    }

    private static IWeChatAccessTokenProvider Tokens(ServiceProvider provider) => provider.GetRequiredService<IWeChatAccessTokenProvider>();

    private static (ServiceProvider Provider, FakeLoggerProvider Logs) Instance(string redis, string prefix, WeChatEmulator weChat, string appId)
    {
        var logs = new FakeLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs));
        services.AddMemberCards().UseRedis(redis, o =>
        {
            o.KeyPrefix = prefix;
            o.OperationTimeout = TimeSpan.FromSeconds(1);
            o.ConnectTimeout = TimeSpan.FromSeconds(1);
        }).AddWeChatCards(o =>
        {
            o.AppId = appId;
            o.AppSecret = "secret";
            o.BaseAddress = weChat.BaseAddress;
            o.TokenMode = WeChatTokenMode.Classic;
        });
        return (services.BuildServiceProvider(), logs);
    }
}
