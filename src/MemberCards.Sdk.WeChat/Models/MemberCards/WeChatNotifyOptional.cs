namespace MemberCards.Sdk.WeChat;

/// <summary>Notification switches of updateuser.</summary>
public sealed class WeChatNotifyOptional
{
    /// <summary><c>is_notify_bonus</c>.</summary>
    public bool? IsNotifyBonus { get; set; }

    /// <summary><c>is_notify_balance</c>.</summary>
    public bool? IsNotifyBalance { get; set; }

    /// <summary><c>is_notify_custom_field1</c>.</summary>
    public bool? IsNotifyCustomField1 { get; set; }

    /// <summary><c>is_notify_custom_field2</c>.</summary>
    public bool? IsNotifyCustomField2 { get; set; }

    /// <summary><c>is_notify_custom_field3</c>.</summary>
    public bool? IsNotifyCustomField3 { get; set; }
}
