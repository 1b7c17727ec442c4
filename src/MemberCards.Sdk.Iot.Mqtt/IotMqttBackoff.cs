namespace MemberCards.Sdk.Iot.Mqtt;

/// <summary>Bounded exponential back-off with jitter: attempt n waits 50-100 % of min(max, min * 2^n).</summary>
internal static class IotMqttBackoff
{
    internal static TimeSpan Delay(TimeSpan min, TimeSpan max, int attempt, Random random)
    {
        var step = min.Ticks * Math.Pow(2, Math.Clamp(attempt, 0, 30));
        var capped = Math.Min(step, max.Ticks);
        return TimeSpan.FromTicks((long)(capped * (0.5 + (random.NextDouble() * 0.5))));
    }
}
