namespace MemberCards.Sdk;

/// <summary>
/// What a dispatcher did with one inbound message; the same values for every service (Youzan pushes, IoT
/// events, WeChat event pushes, WeChat Pay notifications). A transport answers the platform from it.
/// </summary>
public enum InboundOutcome
{
    /// <summary>The message was verified, parsed, claimed and every handler succeeded. Answer success.</summary>
    Handled = 1,

    /// <summary>The message was verified and parsed but no handler is registered for it. Answer success; it was not remembered, so a later delivery runs handlers registered by then.</summary>
    Unhandled = 2,

    /// <summary>The message was handled before (de-duplication): no handler ran. Answer success.</summary>
    Duplicate = 3,

    /// <summary>Another delivery of the same message is being handled right now: no handler ran. Answer so that the platform retries.</summary>
    InProgress = 4,

    /// <summary>The platform's connectivity check (URL verification, test push): no handler ran. Answer as the platform expects.</summary>
    HealthCheck = 5,

    /// <summary>The message was not meant for this registration (a topic or tenant outside the allowed ones): not read, no handler ran.</summary>
    Ignored = 6,
}
