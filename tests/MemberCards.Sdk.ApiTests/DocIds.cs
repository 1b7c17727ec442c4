using System.Reflection;

namespace MemberCards.Sdk.ApiTests;

/// <summary>XML documentation ids (the <c>name</c> attribute of <c>&lt;member&gt;</c> in the generated doc file).</summary>
internal static class DocIds
{
    public static string Of(Type type) => "T:" + TypeName(type);

    public static string Of(MemberInfo member) => member switch
    {
        Type type => Of(type),
        FieldInfo field => "F:" + TypeName(field.DeclaringType!) + "." + field.Name,
        PropertyInfo property => "P:" + TypeName(property.DeclaringType!) + "." + property.Name + Parameters(property.GetIndexParameters(), property.DeclaringType!, null),
        EventInfo e => "E:" + TypeName(e.DeclaringType!) + "." + e.Name,
        ConstructorInfo ctor => "M:" + TypeName(ctor.DeclaringType!) + "." + (ctor.IsStatic ? "#cctor" : "#ctor") + Parameters(ctor.GetParameters(), ctor.DeclaringType!, null),
        MethodInfo method => "M:" + TypeName(method.DeclaringType!) + "." + method.Name
            + (method.IsGenericMethodDefinition ? "``" + method.GetGenericArguments().Length : string.Empty)
            + Parameters(method.GetParameters(), method.DeclaringType!, method)
            + (method.Name is "op_Implicit" or "op_Explicit" ? "~" + ParameterType(method.ReturnType) : string.Empty),
        _ => throw new ArgumentException($"No doc id for {member.MemberType}.", nameof(member)),
    };

    private static string TypeName(Type type)
        => type.DeclaringType is { } outer ? TypeName(outer) + "." + type.Name : (type.Namespace is { Length: > 0 } ns ? ns + "." : string.Empty) + type.Name;

    private static string Parameters(ParameterInfo[] parameters, Type declaringType, MethodInfo? method)
        => parameters.Length == 0 ? string.Empty : "(" + string.Join(",", parameters.Select(p => ParameterType(p.ParameterType))) + ")";

    private static string ParameterType(Type type)
    {
        if (type.IsByRef)
        {
            return ParameterType(type.GetElementType()!) + "@";
        }

        if (type.IsPointer)
        {
            return ParameterType(type.GetElementType()!) + "*";
        }

        if (type.IsArray)
        {
            var rank = type.GetArrayRank();
            return ParameterType(type.GetElementType()!) + (rank == 1 ? "[]" : "[" + string.Join(",", Enumerable.Repeat("0:", rank)) + "]");
        }

        if (type.IsGenericParameter)
        {
            return type.DeclaringMethod is not null ? "``" + type.GenericParameterPosition : "`" + type.GenericParameterPosition;
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var name = TypeName(definition);
            var args = type.GetGenericArguments();
            var text = new System.Text.StringBuilder();
            var used = 0;
            foreach (var segment in name.Split('.'))
            {
                if (text.Length > 0)
                {
                    text.Append('.');
                }

                var tick = segment.IndexOf('`', StringComparison.Ordinal);
                if (tick < 0)
                {
                    text.Append(segment);
                    continue;
                }

                var count = int.Parse(segment[(tick + 1)..], System.Globalization.CultureInfo.InvariantCulture);
                text.Append(segment[..tick]).Append('{').Append(string.Join(",", args.Skip(used).Take(count).Select(ParameterType))).Append('}');
                used += count;
            }

            return text.ToString();
        }

        return TypeName(type);
    }
}
