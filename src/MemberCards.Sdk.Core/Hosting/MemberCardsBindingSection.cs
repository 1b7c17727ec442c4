using Microsoft.Extensions.Primitives;

namespace MemberCards.Sdk;

/// <summary>
/// The configuration section a registration's options are bound from, as the binder sees it. The binder asks a section
/// whether it has children before it binds it, and <c>GetChildren()</c> of the standard
/// providers reads every key of the provider to find them: with N merchants in one configuration, binding one merchant
/// reads the keys of all N, so building every merchant's options (first use, and again at every reload, which re-binds
/// every name) costs N² (issue 23). Here the children are looked up by the options' setting names (one lookup each);
/// only a section that holds none of them is asked for its children the standard way. Everything else is the section's.
/// </summary>
/// <param name="section">The section.</param>
/// <param name="settings">The names of the options' settings (their scalar properties).</param>
internal sealed class MemberCardsBindingSection(IConfigurationSection section, IReadOnlyList<string> settings) : IConfigurationSection
{
    /// <inheritdoc />
    public string Key => section.Key;

    /// <inheritdoc />
    public string Path => section.Path;

    /// <inheritdoc />
    public string? Value
    {
        get => section.Value;
        set => section.Value = value;
    }

    /// <inheritdoc />
    public string? this[string key]
    {
        get => section[key];
        set => section[key] = value;
    }

    /// <summary>
    /// <paramref name="configuration"/> for binding <typeparamref name="TOptions"/>: a section wrapped so that the binder
    /// finds its children by the options' setting names; anything else (a configuration root) as it is.
    /// </summary>
    /// <typeparam name="TOptions">The options type (scalar settings).</typeparam>
    /// <param name="configuration">The configuration to bind.</param>
    /// <returns>The configuration to give the binder.</returns>
    public static IConfiguration For<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TOptions>(IConfiguration configuration)
        => configuration is IConfigurationSection section and not MemberCardsBindingSection
            ? new MemberCardsBindingSection(section, SettingsOf<TOptions>.Names)
            : configuration;

    /// <inheritdoc />
    public IEnumerable<IConfigurationSection> GetChildren()
    {
        List<IConfigurationSection>? children = null;
        foreach (var setting in settings)
        {
            var child = section.GetSection(setting);
            if (child.Value is not null)
            {
                (children ??= []).Add(child);
            }
        }

        return children ?? section.GetChildren();
    }

    /// <inheritdoc />
    public IChangeToken GetReloadToken() => section.GetReloadToken();

    /// <inheritdoc />
    public IConfigurationSection GetSection(string key) => section.GetSection(key);

    /// <summary>The public settable property names of <typeparamref name="TOptions"/>, read once.</summary>
    private static class SettingsOf<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TOptions>
    {
        public static readonly string[] Names = [.. typeof(TOptions).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance).Where(p => p.CanWrite).Select(p => p.Name)];
    }
}
