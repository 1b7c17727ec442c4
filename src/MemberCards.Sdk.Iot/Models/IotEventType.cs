namespace MemberCards.Sdk.Iot;

/// <summary>What an event reports (<c>eventType</c>): a plain notification, or for customers and companies an enable/disable. The numeric value is the wire code; an undocumented code reads as <see cref="Unknown"/>.</summary>
public enum IotEventType
{
    /// <summary>A code this version of the SDK does not know (the platform documents no code <c>0</c>).</summary>
    Unknown = 0,

    /// <summary><c>1</c>: a notification (通知), the default.</summary>
    Notification = 1,

    /// <summary><c>2</c>: the customer or company was enabled (启用).</summary>
    Enabled = 2,

    /// <summary><c>3</c>: the customer or company was disabled (禁用).</summary>
    Disabled = 3,
}
