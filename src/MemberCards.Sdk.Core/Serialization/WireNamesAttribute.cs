namespace MemberCards.Sdk.Serialization;

/// <summary>
/// States once, on an enum, how its members are named on the wire: <see cref="Prefix"/> followed by the member's name
/// in UPPER_SNAKE_CASE (<c>FixTimeRange</c> is <c>FIX_TIME_RANGE</c>; with the prefix <c>CARD_</c>, <c>Created</c> is
/// <c>CARD_CREATED</c>). The zero value (<c>Unknown</c>) has no wire name, and a member's own
/// <see cref="System.Text.Json.Serialization.JsonStringEnumMemberNameAttribute"/> wins over the rule.
/// Read by <see cref="WireEnum"/> and <see cref="WireEnumConverter{TEnum}"/>.
/// </summary>
/// <param name="prefix">What every wire name starts with; empty when nothing.</param>
[AttributeUsage(AttributeTargets.Enum)]
public sealed class WireNamesAttribute(string prefix = "") : Attribute
{
    /// <summary>What every wire name starts with; empty when nothing.</summary>
    public string Prefix { get; } = prefix ?? throw new ArgumentNullException(nameof(prefix));
}
