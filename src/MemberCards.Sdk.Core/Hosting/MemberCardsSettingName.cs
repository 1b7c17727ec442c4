namespace MemberCards.Sdk;

/// <summary>
/// The one form in which the SDK names a setting in a message: <c>MemberCards:&lt;Service&gt;[(&lt;name&gt;)]:&lt;Key&gt;</c>,
/// the configuration path of the setting with the registration name in brackets when it is not the default.
/// </summary>
public static class MemberCardsSettingName
{
    /// <summary>The root configuration section of the SDK.</summary>
    public const string Root = "MemberCards";

    /// <summary>Names a registration: <c>MemberCards:WeChatPay</c> or <c>MemberCards:WeChatPay(brandA)</c>.</summary>
    /// <param name="service">The service's configuration key, such as <c>WeChatPay</c>.</param>
    /// <param name="name">The registration name (empty for the default one).</param>
    /// <returns>The name.</returns>
    public static string Of(string service, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(service);
        ArgumentNullException.ThrowIfNull(name);
        return name.Length == 0 ? $"{Root}:{service}" : $"{Root}:{service}({name})";
    }

    /// <summary>Names one setting: <c>MemberCards:WeChatPay(brandA):ApiV3Key</c>.</summary>
    /// <param name="service">The service's configuration key.</param>
    /// <param name="name">The registration name (empty for the default one).</param>
    /// <param name="key">The setting's key.</param>
    /// <returns>The name.</returns>
    public static string Of(string service, string name, string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return Of(service, name) + ":" + key;
    }
}
