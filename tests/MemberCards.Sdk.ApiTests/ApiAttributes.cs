using System.Reflection;

namespace MemberCards.Sdk.ApiTests;

/// <summary>The attributes that change how the public surface behaves for a caller, rendered as C#.</summary>
internal static class ApiAttributes
{
    private static readonly HashSet<string> Kept = new(StringComparer.Ordinal)
    {
        "System.ObsoleteAttribute",
        "System.FlagsAttribute",
        "System.AttributeUsageAttribute",
        "System.ComponentModel.EditorBrowsableAttribute",
        "System.Diagnostics.CodeAnalysis.ExperimentalAttribute",
        "System.Diagnostics.CodeAnalysis.RequiresUnreferencedCodeAttribute",
        "System.Diagnostics.CodeAnalysis.RequiresDynamicCodeAttribute",
        "System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembersAttribute",
        "System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute",
        "System.Diagnostics.CodeAnalysis.NotNullWhenAttribute",
        "System.Diagnostics.CodeAnalysis.MaybeNullWhenAttribute",
        "System.Diagnostics.CodeAnalysis.NotNullIfNotNullAttribute",
        "System.Diagnostics.CodeAnalysis.StringSyntaxAttribute",
        "System.Text.Json.Serialization.JsonPropertyNameAttribute",
        "System.Text.Json.Serialization.JsonStringEnumMemberNameAttribute",
        "System.Text.Json.Serialization.JsonConverterAttribute",
        "System.Text.Json.Serialization.JsonIgnoreAttribute",
        "System.Text.Json.Serialization.JsonRequiredAttribute",
        "System.Text.Json.Serialization.JsonExtensionDataAttribute",
        "System.Text.Json.Serialization.JsonPropertyOrderAttribute",
        "System.Text.Json.Serialization.JsonNumberHandlingAttribute",
        "System.Text.Json.Serialization.JsonPolymorphicAttribute",
        "System.Text.Json.Serialization.JsonDerivedTypeAttribute",
        "System.Xml.Serialization.XmlElementAttribute",
        "System.Xml.Serialization.XmlRootAttribute",
    };

    public static IEnumerable<string> Render(IEnumerable<CustomAttributeData> attributes)
        => attributes
            .Where(a => Kept.Contains(a.AttributeType.FullName!) || a.AttributeType.Namespace?.StartsWith("MemberCards.Sdk", StringComparison.Ordinal) == true)
            .Select(Render)
            .Order(StringComparer.Ordinal);

    private static string Render(CustomAttributeData attribute)
    {
        var name = attribute.AttributeType.FullName!;
        name = name.EndsWith("Attribute", StringComparison.Ordinal) ? name[..^"Attribute".Length] : name;
        var arguments = attribute.ConstructorArguments.Select(Value)
            .Concat(attribute.NamedArguments.Select(n => n.MemberName + " = " + Value(n.TypedValue)))
            .ToList();
        return arguments.Count == 0 ? $"[{name}]" : $"[{name}({string.Join(", ", arguments)})]";
    }

    private static string Value(CustomAttributeTypedArgument argument) => argument.Value switch
    {
        Type type => $"typeof({TypeNames.Of(type)})",
        IReadOnlyCollection<CustomAttributeTypedArgument> items => "[" + string.Join(", ", items.Select(Value)) + "]",
        _ => ApiRenderer.Literal(argument.Value, argument.ArgumentType),
    };
}
