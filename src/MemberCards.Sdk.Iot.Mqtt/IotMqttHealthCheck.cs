using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MemberCards.Sdk.Iot.Mqtt;

/// <summary>
/// Healthy while every IoT MQTT subscription of the host is connected and subscribed; unhealthy (with the reason)
/// while one is reconnecting. Register it with <c>services.AddHealthChecks().AddCheck&lt;IotMqttHealthCheck&gt;("iot-mqtt")</c>.
/// </summary>
public sealed class IotMqttHealthCheck : IHealthCheck
{
    private readonly IReadOnlyList<IotMqttSubscriptionState> states;

    internal IotMqttHealthCheck(IEnumerable<IotMqttSubscriptionState> states) => this.states = [.. states];

    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        var down = new List<string>();
        foreach (var state in states)
        {
            var label = state.RegistrationName.Length == 0 ? "default" : state.RegistrationName;
            data[label] = $"{state.Endpoint}: {state.Status}";
            if (!state.IsConnected)
            {
                down.Add($"{label} ({state.Endpoint}: {state.Status})");
            }
        }

        if (states.Count == 0)
        {
            return Task.FromResult(HealthCheckResult.Healthy("No IoT MQTT subscription is registered."));
        }

        return Task.FromResult(down.Count == 0
            ? HealthCheckResult.Healthy("Every IoT MQTT subscription is connected.", data)
            : HealthCheckResult.Unhealthy("IoT MQTT subscription not connected: " + string.Join("; ", down), data: data));
    }
}
