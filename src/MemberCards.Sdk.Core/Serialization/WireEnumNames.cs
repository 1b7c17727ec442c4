using System.Collections.Frozen;
using System.Reflection;

namespace MemberCards.Sdk.Serialization;

/// <summary>The wire-name tables of one enum (its members' own names, else its <see cref="WireNamesAttribute"/> rule), built once per type.</summary>
internal static class WireEnumNames<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>
    where TEnum : struct, Enum
{
    public static readonly FrozenDictionary<string, TEnum> ByName;
    public static readonly FrozenDictionary<TEnum, string> ByValue;

    static WireEnumNames()
    {
        var byName = new Dictionary<string, TEnum>(StringComparer.Ordinal);
        var byValue = new Dictionary<TEnum, string>();
        var rule = typeof(TEnum).GetCustomAttribute<WireNamesAttribute>();
        foreach (var field in typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var value = (TEnum)field.GetValue(null)!;
            var names = field.GetCustomAttributes<WireAliasAttribute>().Select(a => a.Name);
            var primary = field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
                ?? (rule is null || value.Equals(default(TEnum)) ? null : rule.Prefix + JsonNamingPolicy.SnakeCaseUpper.ConvertName(field.Name));
            if (primary is null)
            {
                continue;
            }

            byValue[value] = primary;
            byName[primary] = value;
            foreach (var alias in names)
            {
                byName[alias] = value;
            }
        }

        ByName = byName.ToFrozenDictionary(StringComparer.Ordinal);
        ByValue = byValue.ToFrozenDictionary();
    }
}
