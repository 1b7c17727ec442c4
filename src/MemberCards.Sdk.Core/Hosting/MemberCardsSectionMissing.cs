namespace MemberCards.Sdk;

/// <summary>
/// The one message every options validator gives when a registration has none of its required settings: the
/// configuration section is missing (or empty) and nothing was set in code. It names the section, the settings to
/// set and the builder call that sets them, so that a misspelt or absent section is recognised at once.
/// </summary>
internal static class MemberCardsSectionMissing
{
    /// <summary>The message for a registration that has no settings at all.</summary>
    /// <param name="section">The section, as <see cref="MemberCardsSettingName"/> names it (<c>MemberCards:Erp(north)</c>).</param>
    /// <param name="purpose">What the settings stand for, such as <c>the Youzan app that pushes to this endpoint</c>.</param>
    /// <param name="remedy">The code that sets them instead, such as <see cref="ConfigureOrBind"/>'s answer.</param>
    /// <param name="settings">The required settings, named in full.</param>
    /// <returns>The message.</returns>
    public static string Message(string section, string purpose, string remedy, params string[] settings)
    {
        ArgumentException.ThrowIfNullOrEmpty(section);
        ArgumentException.ThrowIfNullOrEmpty(purpose);
        ArgumentException.ThrowIfNullOrEmpty(remedy);
        ArgumentNullException.ThrowIfNull(settings);
        var list = settings.Length switch
        {
            0 => "its settings",
            1 => settings[0],
            _ => string.Join(", ", settings[..^1]) + " and " + settings[^1],
        };
        return $"{section} is empty: the section is missing or has no settings, and none were set in code. Set {list} ({purpose}), or call {remedy}.";
    }

    /// <summary>The usual remedy: <c>.Configure(...) / .Bind(section) on AddXxx("name")</c>.</summary>
    /// <param name="addMethod">The builder method that adds the registration, such as <c>AddErpPoints</c>.</param>
    /// <param name="name">The registration name (empty for the default one).</param>
    /// <returns>The remedy text.</returns>
    public static string ConfigureOrBind(string addMethod, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(addMethod);
        ArgumentNullException.ThrowIfNull(name);
        return $".Configure(...) / .Bind(section) on {addMethod}({(name.Length == 0 ? string.Empty : $"\"{name}\"")})";
    }
}
