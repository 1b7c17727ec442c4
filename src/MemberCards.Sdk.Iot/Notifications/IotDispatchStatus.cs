namespace MemberCards.Sdk.Iot;

/// <summary>What the dispatcher did with a message.</summary>
public enum IotDispatchStatus
{
    /// <summary>The message was parsed and its events handed to the handlers, which all succeeded.</summary>
    Processed = 1,

    /// <summary>The message's <c>msgId</c> was handled before; no handler ran.</summary>
    Duplicate = 2,

    /// <summary>The topic's tenant or project is not in <see cref="IotOptions.AllowedTenants"/> / <see cref="IotOptions.AllowedProjects"/>; the payload was not read.</summary>
    Ignored = 3,

    /// <summary>Another delivery of the same <c>msgId</c> is being handled right now; no handler ran. Do not acknowledge it, so that it is redelivered.</summary>
    InProgress = 4,
}
