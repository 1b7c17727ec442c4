using Microsoft.Extensions.Logging;

namespace MemberCards.Sdk.Iot;

/// <summary>The IoT dispatcher's own log messages (ids only: never personal data from the events); what every service logs about handling is Core's (1001-1099).</summary>
internal static partial class IotLog
{
    [LoggerMessage(EventId = 5003, Level = LogLevel.Debug, Message = "IoT message on {Tenant}/{Project} ignored: tenant or project not allowed by IotOptions.")]
    internal static partial void Ignored(ILogger logger, string tenant, string project);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Warning, Message = "IoT messages of tenant {Tenant} (first on {Tenant}/{Project}) are ignored: {Setting} does not list it. Add it there, or subscribe only to the topics of allowed tenants; later messages of this tenant are logged at Debug (5003).")]
    internal static partial void TenantNotAllowed(ILogger logger, string tenant, string project, string setting);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "IoT message on {Tenant}/{Project} has no msgId; it cannot be de-duplicated.")]
    internal static partial void NoMessageId(ILogger logger, string tenant, string project);
}
