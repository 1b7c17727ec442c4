namespace MemberCards.Sdk.Iot.Mqtt.Tests.Support;

/// <summary>The real brokers the tests need, from the variables build/test.sh exports; a missing one fails the test with how to get it.</summary>
internal static class TestServers
{
    internal const string MqttVariable = "MEMBERCARDS_MQTT";
    internal const string MosquittoVariable = "MEMBERCARDS_MOSQUITTO";

    /// <summary>The shared mosquitto broker (<c>host:port</c> in MEMBERCARDS_MQTT).</summary>
    internal static (string Host, int Port) SharedMosquitto()
    {
        var value = Environment.GetEnvironmentVariable(MqttVariable);
        var colon = value?.LastIndexOf(':') ?? -1;
        if (value is null || colon <= 0 || !int.TryParse(value.AsSpan(colon + 1), out var port))
        {
            throw new InvalidOperationException(
                $"{MqttVariable} is not set (or not host:port): this test needs a running mosquitto broker. Run the tests with build/test.sh, which starts one, "
                + $"or start one yourself (`mosquitto -p 1883`) and export {MqttVariable}=127.0.0.1:1883 {MosquittoVariable}=$(command -v mosquitto || echo /usr/sbin/mosquitto).");
        }

        return (value[..colon], port);
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
