using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Telemetry;

namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The telemetry of the WeChat resilience pipelines: the host's <see cref="TelemetryOptions"/> (logger factory,
/// enrichers, listeners) with one change. An attempt that is not retried (an ordinary WeChat error answer such as a
/// 40001, already reported by the exception the caller gets) is logged by Polly at <c>Debug</c> instead of
/// <c>Information</c>, so that the exception's stack trace does not reach the Information logs; a retried attempt keeps
/// Polly's <c>Warning</c>.
/// </summary>
internal static class WeChatResilienceTelemetry
{
    private const string ExecutionAttempt = "ExecutionAttempt";

    /// <summary>Sets the telemetry of <paramref name="pipeline"/>.</summary>
    /// <param name="pipeline">The pipeline being built.</param>
    /// <param name="services">The services of the host.</param>
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, IServiceProvider services)
    {
        var host = services.GetService<IOptions<TelemetryOptions>>()?.Value ?? new TelemetryOptions();
        var telemetry = new TelemetryOptions(host);
        if (telemetry.LoggerFactory is NullLoggerFactory && services.GetService<ILoggerFactory>() is { } loggers)
        {
            telemetry.LoggerFactory = loggers;
        }

        var severity = host.SeverityProvider;
        telemetry.SeverityProvider = args => args.Event.EventName == ExecutionAttempt && args.Event.Severity == ResilienceEventSeverity.Information
            ? ResilienceEventSeverity.Debug
            : severity?.Invoke(args) ?? args.Event.Severity;
        pipeline.ConfigureTelemetry(telemetry);
    }
}
