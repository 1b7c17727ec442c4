using System.Reflection;

namespace MemberCards.Sdk.ApiTests;

/// <summary>C#-like names for types, with nullable reference annotations taken from <see cref="NullabilityInfo"/>.</summary>
internal static class TypeNames
{
    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void", [typeof(object)] = "object", [typeof(string)] = "string", [typeof(bool)] = "bool",
        [typeof(byte)] = "byte", [typeof(sbyte)] = "sbyte", [typeof(short)] = "short", [typeof(ushort)] = "ushort",
        [typeof(int)] = "int", [typeof(uint)] = "uint", [typeof(long)] = "long", [typeof(ulong)] = "ulong",
        [typeof(float)] = "float", [typeof(double)] = "double", [typeof(decimal)] = "decimal", [typeof(char)] = "char",
        [typeof(nint)] = "nint", [typeof(nuint)] = "nuint",
    };

    /// <summary>The name of <paramref name="type"/>; <paramref name="nullability"/> adds <c>?</c> where a reference may be null.</summary>
    public static string Of(Type type, NullabilityInfo? nullability = null)
    {
        if (type.IsByRef)
        {
            return Of(type.GetElementType()!, nullability?.ElementType ?? nullability);
        }

        if (type.IsPointer)
        {
            return Of(type.GetElementType()!) + "*";
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Of(underlying, nullability?.GenericTypeArguments.FirstOrDefault()) + "?";
        }

        var mark = nullability is { ReadState: NullabilityState.Nullable } && !type.IsValueType ? "?" : string.Empty;
        if (type.IsArray)
        {
            var rank = type.GetArrayRank();
            return Of(type.GetElementType()!, nullability?.ElementType) + "[" + new string(',', rank - 1) + "]" + mark;
        }

        if (type.IsGenericParameter)
        {
            // NullabilityInfoContext reports an unconstrained T as nullable whether or not the declaration says T?,
            // so a bare type parameter is shown as declared without a mark rather than with a misleading one.
            return type.Name;
        }

        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword + mark;
        }

        var name = QualifiedName(type);
        if (type.IsGenericType)
        {
            var args = type.GetGenericArguments();
            var ownStart = type.DeclaringType is { IsGenericType: true } outer ? outer.GetGenericArguments().Length : 0;
            var own = args.Skip(ownStart).Select((a, i) => Of(a, nullability?.GenericTypeArguments.ElementAtOrDefault(ownStart + i)));
            name = StripArity(name) + "<" + string.Join(", ", own) + ">";
        }

        return name + mark;
    }

    /// <summary>The declaration name of a type (namespace-less, nested with dots, generic parameters in angle brackets).</summary>
    public static string Declaration(Type type)
    {
        var name = type.DeclaringType is { } outer ? Declaration(outer) + "." + StripArity(type.Name) : StripArity(type.Name);
        if (type.IsGenericTypeDefinition)
        {
            var args = type.GetGenericArguments();
            var ownStart = type.DeclaringType?.GetGenericArguments().Length ?? 0;
            var own = args.Skip(ownStart).ToArray();
            if (own.Length > 0)
            {
                name += "<" + string.Join(", ", own.Select(a => Variance(a) + a.Name)) + ">";
            }
        }

        return name;
    }

    private static string Variance(Type parameter) => (parameter.GenericParameterAttributes & GenericParameterAttributes.VarianceMask) switch
    {
        GenericParameterAttributes.Covariant => "out ",
        GenericParameterAttributes.Contravariant => "in ",
        _ => string.Empty,
    };

    private static string QualifiedName(Type type)
    {
        if (type.DeclaringType is { } outer)
        {
            return StripArity(QualifiedName(outer)) + "." + type.Name;
        }

        return string.IsNullOrEmpty(type.Namespace) ? type.Name : type.Namespace + "." + type.Name;
    }

    private static string StripArity(string name)
    {
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }
}
