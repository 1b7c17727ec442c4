using MemberCards.Sdk.Iot.Mqtt;

namespace MemberCards.Sdk.Iot.Mqtt.Tests.Unit;

public sealed class IotMqttBackoffTests
{
    [Fact]
    public void The_delay_doubles_per_attempt_with_jitter_and_never_exceeds_the_maximum()
    {
        var min = TimeSpan.FromSeconds(1);
        var max = TimeSpan.FromSeconds(30);
        var random = new Random(42);
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var step = Math.Min(Math.Pow(2, Math.Min(attempt, 30)), 30);
            var delay = IotMqttBackoff.Delay(min, max, attempt, random);
            Assert.InRange(delay.TotalSeconds, step / 2, step);
        }
    }

    [Fact]
    public void Jitter_spreads_the_delays()
    {
        var random = new Random(7);
        var delays = Enumerable.Range(0, 50).Select(_ => IotMqttBackoff.Delay(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), 3, random)).Distinct().Count();

        Assert.True(delays > 40);
    }
}
