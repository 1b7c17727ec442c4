using System.Net.Sockets;

namespace MemberCards.Sdk.Redis.Tests.Support;

/// <summary>The real Redis the tests use: the shared one (<c>MEMBERCARDS_REDIS</c>) and the binary for private ones (<c>MEMBERCARDS_REDIS_SERVER</c>).</summary>
internal static class RedisTestServer
{
    private const string HowToStart =
        "Run the tests with build/test.sh (it installs and starts redis-server), or in this shell: "
        + "`source build/lib/services.bash && services_start` and then dotnet test.";

    private static readonly Lazy<bool> Listening = new(() => Answers(Environment.GetEnvironmentVariable("MEMBERCARDS_REDIS")!));

    /// <summary>host:port of the shared redis-server; fails the test when it is not set or nothing listens there.</summary>
    public static string Address
    {
        get
        {
            var address = Environment.GetEnvironmentVariable("MEMBERCARDS_REDIS");
            Assert.False(string.IsNullOrWhiteSpace(address), "MEMBERCARDS_REDIS (host:port of a redis-server) is not set. " + HowToStart);

            // The SDK falls back to per-process behaviour when Redis is down, so a dead address would fail later, obscurely.
            Assert.True(Listening.Value, $"MEMBERCARDS_REDIS is {address}, but no redis-server accepts connections there. " + HowToStart);
            return address!;
        }
    }

    /// <summary>The redis-server binary for private instances; fails the test when it is not set or missing.</summary>
    public static string Binary
    {
        get
        {
            var binary = Environment.GetEnvironmentVariable("MEMBERCARDS_REDIS_SERVER");
            Assert.False(string.IsNullOrWhiteSpace(binary), "MEMBERCARDS_REDIS_SERVER (path of redis-server) is not set. " + HowToStart);
            Assert.True(File.Exists(binary), $"MEMBERCARDS_REDIS_SERVER points to '{binary}', which does not exist. " + HowToStart);
            return binary!;
        }
    }

    private static bool Answers(string address)
    {
        var colon = address.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(address.AsSpan(colon + 1), out var port))
        {
            return false;
        }

        try
        {
            using var client = new TcpClient();
            return client.ConnectAsync(address[..colon], port).Wait(TimeSpan.FromSeconds(5)) && client.Connected;
        }
        catch (AggregateException)
        {
            return false;
        }
    }

    /// <summary>A key prefix no other test run uses, so tests on the shared server never see each other's keys.</summary>
    public static string UniquePrefix(string test) => $"mctest:{test}:{Guid.NewGuid():N}:";
}
