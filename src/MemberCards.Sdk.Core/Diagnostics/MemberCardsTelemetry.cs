using System.Diagnostics.Metrics;

namespace MemberCards.Sdk;

/// <summary>
/// The names under which the SDK reports traces and metrics: subscribe to the <see cref="ActivitySource"/>
/// and <see cref="Meter"/> called <see cref="Name"/> (for example with OpenTelemetry's
/// <c>AddSource("MemberCards.Sdk")</c> and <c>AddMeter("MemberCards.Sdk")</c>).
/// </summary>
public static class MemberCardsTelemetry
{
    /// <summary>The name of the SDK's activity source and meter.</summary>
    public const string Name = "MemberCards.Sdk";

    /// <summary>Histogram of outgoing request durations, in seconds (tags: <c>service</c>, <c>operation</c>, <c>outcome</c>).</summary>
    public const string RequestDurationInstrument = "membercards.request.duration";

    /// <summary>Counter of retried requests (tags: <c>service</c>, <c>operation</c>).</summary>
    public const string RetriesInstrument = "membercards.request.retries";

    /// <summary>Counter of access-token and certificate refreshes (tags: <c>service</c>, <c>kind</c>).</summary>
    public const string RefreshesInstrument = "membercards.credential.refreshes";

    /// <summary>Counter of signatures that did not verify (tags: <c>service</c>, <c>reason</c>).</summary>
    public const string VerificationFailuresInstrument = "membercards.verification.failures";

    /// <summary>Counter of inbound messages dispatched, every service and transport (tags: <c>service</c>, <c>outcome</c>: <c>Handled</c>, <c>Unhandled</c>, <c>Duplicate</c>, <c>InProgress</c>, <c>Failed</c>).</summary>
    public const string InboundMessagesInstrument = "membercards.inbound.messages";

    /// <summary>Histogram of how long an inbound message's claim and handlers took, in seconds (tags: <c>service</c>, <c>outcome</c>).</summary>
    public const string InboundDurationInstrument = "membercards.inbound.duration";

    internal static readonly ActivitySource ActivitySource = new(Name);
    internal static readonly Meter Meter = new(Name);
    internal static readonly Histogram<double> RequestDuration = Meter.CreateHistogram<double>(RequestDurationInstrument, "s", "Duration of outgoing requests.");
    internal static readonly Counter<long> Retries = Meter.CreateCounter<long>(RetriesInstrument, description: "Retried requests.");
    internal static readonly Counter<long> Refreshes = Meter.CreateCounter<long>(RefreshesInstrument, description: "Credential refreshes.");
    internal static readonly Counter<long> InboundMessages = Meter.CreateCounter<long>(InboundMessagesInstrument, description: "Inbound messages dispatched.");
    internal static readonly Histogram<double> InboundDuration = Meter.CreateHistogram<double>(InboundDurationInstrument, "s", "Duration of inbound message handling.");
    internal static readonly Counter<long> VerificationFailures = Meter.CreateCounter<long>(VerificationFailuresInstrument, description: "Signatures that did not verify.");
}
