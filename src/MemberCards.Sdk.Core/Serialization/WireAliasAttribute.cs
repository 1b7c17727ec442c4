namespace MemberCards.Sdk.Serialization;

/// <summary>
/// Another spelling a service is known to send for an enum value (read only; the
/// <see cref="System.Text.Json.Serialization.JsonStringEnumMemberNameAttribute"/> name is what is written).
/// </summary>
/// <param name="name">The alternative wire spelling.</param>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = true)]
public sealed class WireAliasAttribute(string name) : Attribute
{
    /// <summary>The alternative wire spelling.</summary>
    public string Name { get; } = name;
}
