using System.Net.Sockets;

namespace MemberCards.Sdk.Iot.Mqtt.Tests.Support;

/// <summary>The real brokers the tests need, from the variables build/test.sh exports; a missing one fails the test with how to get it.</summary>
internal static class TestServers
{
    internal const string MqttVariable = "MEMBERCARDS_MQTT";
    internal const string MosquittoVariable = "MEMBERCARDS_MOSQUITTO";
    internal const string RedisVariable = "MEMBERCARDS_REDIS";

    private static readonly Lazy<bool> SharedMosquittoListens = new(() =>
    {
        var (host, port) = Parse(Environment.GetEnvironmentVariable(MqttVariable)!);
        try
        {
            using var client = new TcpClient();
            return client.ConnectAsync(host, port).Wait(TimeSpan.FromSeconds(5)) && client.Connected;
        }
        catch (AggregateException)
        {
            return false;
        }
    });

    /// <summary>The shared mosquitto broker (<c>host:port</c> in MEMBERCARDS_MQTT); fails when it is not set or nothing listens there.</summary>
    internal static (string Host, int Port) SharedMosquitto()
    {
        var broker = Parse(Environment.GetEnvironmentVariable(MqttVariable));
        if (!SharedMosquittoListens.Value)
        {
            // Otherwise the subscriber would only time out connecting, without saying why.
            throw new InvalidOperationException(
                $"{MqttVariable} is {broker.Host}:{broker.Port}, but no broker accepts connections there. Run the tests with build/test.sh, which starts mosquitto, "
                + "or start one yourself (`mosquitto -p 1883`) and export the variable to match.");
        }

        return broker;
    }

    private static (string Host, int Port) Parse(string? value)
    {
        var colon = value?.LastIndexOf(':') ?? -1;
        if (value is null || colon <= 0 || !int.TryParse(value.AsSpan(colon + 1), out var port))
        {
            throw new InvalidOperationException(
                $"{MqttVariable} is not set (or not host:port): this test needs a running mosquitto broker. Run the tests with build/test.sh, which starts one, "
                + $"or start one yourself (`mosquitto -p 1883`) and export {MqttVariable}=127.0.0.1:1883 {MosquittoVariable}=$(command -v mosquitto || echo /usr/sbin/mosquitto).");
        }

        return (value[..colon], port);
    }

    /// <summary>The shared redis-server (<c>host:port</c> in MEMBERCARDS_REDIS) for fleet-wide claims; fails when it is not set or nothing listens there.</summary>
    internal static string SharedRedis()
    {
        const string HowTo = "Run the tests with build/test.sh, which starts redis-server, or start one yourself (`redis-server --port 6379 --save '' --appendonly no`) "
            + "and export " + RedisVariable + "=127.0.0.1:6379.";
        var value = Environment.GetEnvironmentVariable(RedisVariable);
        var colon = value?.LastIndexOf(':') ?? -1;
        if (value is null || colon <= 0 || !int.TryParse(value.AsSpan(colon + 1), out var port))
        {
            throw new InvalidOperationException($"{RedisVariable} is not set (or not host:port): this test needs a running redis-server. " + HowTo);
        }

        try
        {
            using var client = new TcpClient();
            if (client.ConnectAsync(value[..colon], port).Wait(TimeSpan.FromSeconds(5)) && client.Connected)
            {
                return value;
            }
        }
        catch (AggregateException)
        {
        }

        throw new InvalidOperationException($"{RedisVariable} is {value}, but no redis-server accepts connections there. " + HowTo);
    }

    /// <summary>The mosquitto binary (MEMBERCARDS_MOSQUITTO), for tests that start and restart a private broker.</summary>
    internal static string MosquittoBinary()
    {
        var value = Environment.GetEnvironmentVariable(MosquittoVariable);
        if (string.IsNullOrEmpty(value) || !File.Exists(value))
        {
            throw new InvalidOperationException(
                $"{MosquittoVariable} is not set to the mosquitto binary (it is '{value}'): this test starts and restarts a private broker. Run the tests with build/test.sh "
                + $"(it installs mosquitto when missing), or `apt-get install -y mosquitto` and export {MosquittoVariable}=/usr/sbin/mosquitto.");
        }

        return value;
    }
}
