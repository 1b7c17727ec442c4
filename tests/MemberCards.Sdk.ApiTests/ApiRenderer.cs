using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace MemberCards.Sdk.ApiTests;

/// <summary>Renders the public surface of an assembly as deterministic, diff-friendly text.</summary>
internal static class ApiRenderer
{
    internal const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string Render(Assembly assembly)
    {
        var text = new StringBuilder();
        text.Append("// Public API of ").Append(assembly.GetName().Name).Append('\n');
        foreach (var group in PublicTypes(assembly).GroupBy(t => t.Namespace ?? string.Empty).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append('\n').Append("namespace ").Append(group.Key).Append('\n').Append("{\n");
            var first = true;
            foreach (var type in group.OrderBy(TypeNames.Declaration, StringComparer.Ordinal))
            {
                if (!first)
                {
                    text.Append('\n');
                }

                first = false;
                RenderType(text, type);
            }

            text.Append("}\n");
        }

        return text.ToString();
    }

    public static IEnumerable<Type> PublicTypes(Assembly assembly)
        => assembly.GetTypes().Where(t => IsVisible(t) && !t.Name.Contains('<', StringComparison.Ordinal));

    public static bool IsVisible(Type type)
    {
        for (var t = type; t is not null; t = t.DeclaringType)
        {
            if (!(t.IsPublic || t.IsNestedPublic || t.IsNestedFamily || t.IsNestedFamORAssem))
            {
                return false;
            }

            if (t.DeclaringType is { IsSealed: true } && (t.IsNestedFamily || t.IsNestedFamORAssem))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a member can be seen from another assembly (public, or protected on an unsealed type).</summary>
    public static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase m => m.IsPublic || ((m.IsFamily || m.IsFamilyOrAssembly) && !m.DeclaringType!.IsSealed),
        FieldInfo f => f.IsPublic || ((f.IsFamily || f.IsFamilyOrAssembly) && !f.DeclaringType!.IsSealed),
        PropertyInfo p => Accessors(p).Any(IsVisible),
        EventInfo e => e.AddMethod is { } add && IsVisible(add),
        _ => false,
    };

    public static IEnumerable<MemberInfo> VisibleMembers(Type type)
        => type.GetMembers(Declared)
            .Where(m => m is not Type && IsVisible(m) && !m.Name.Contains('<', StringComparison.Ordinal))
            .Where(m => m is not MethodInfo method || !method.IsSpecialName || method.Name.StartsWith("op_", StringComparison.Ordinal))
            .Where(m => !(m is FieldInfo { IsSpecialName: true }));

    private static IEnumerable<MethodInfo> Accessors(PropertyInfo property)
        => new[] { property.GetMethod, property.SetMethod }.OfType<MethodInfo>();

    private static void RenderType(StringBuilder text, Type type)
    {
        const string indent = "    ";
        foreach (var attribute in ApiAttributes.Render(type.CustomAttributes))
        {
            text.Append(indent).Append(attribute).Append('\n');
        }

        text.Append(indent).Append(TypeHeader(type)).Append('\n');
        foreach (var constraint in Constraints(type.IsGenericTypeDefinition ? type.GetGenericArguments() : []))
        {
            text.Append(indent).Append("    ").Append(constraint).Append('\n');
        }

        if (type.IsSubclassOf(typeof(Delegate)))
        {
            return;
        }

        text.Append(indent).Append("{\n");
        var context = new NullabilityInfoContext();
        IEnumerable<(int Order, string Name, string Text)> members = VisibleMembers(type).Select(m => (Order(m), m.Name, RenderMember(m, context)));
        if (type.IsEnum)
        {
            members = type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .OrderBy(f => Convert.ToInt64(f.GetRawConstantValue(), CultureInfo.InvariantCulture))
                .Select((f, i) => (i, string.Empty, RenderEnumField(f)));
        }

        foreach (var member in members.OrderBy(m => m.Order).ThenBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.Text, StringComparer.Ordinal))
        {
            foreach (var line in member.Text.Split('\n'))
            {
                text.Append(indent).Append("    ").Append(line).Append('\n');
            }
        }

        text.Append(indent).Append("}\n");
    }

    private static int Order(MemberInfo member) => member switch
    {
        FieldInfo => 0,
        ConstructorInfo => 1,
        PropertyInfo => 2,
        EventInfo => 3,
        _ => 4,
    };

    private static string TypeHeader(Type type)
    {
        var access = type.IsPublic || type.IsNestedPublic ? "public" : "protected";
        var name = TypeNames.Declaration(type);
        if (type.IsEnum)
        {
            var underlying = Enum.GetUnderlyingType(type);
            return $"{access} enum {name}" + (underlying == typeof(int) ? string.Empty : " : " + TypeNames.Of(underlying));
        }

        if (type.IsSubclassOf(typeof(Delegate)))
        {
            var invoke = type.GetMethod("Invoke")!;
            var context = new NullabilityInfoContext();
            return $"{access} delegate {TypeNames.Of(invoke.ReturnType, context.Create(invoke.ReturnParameter))} {name}({Parameters(invoke, context)});";
        }

        string kind;
        if (type.IsInterface)
        {
            kind = "interface";
        }
        else if (type.IsValueType)
        {
            kind = (type.IsDefined(typeof(IsReadOnlyAttribute), false) ? "readonly " : string.Empty) + (IsRecord(type) ? "record struct" : "struct");
        }
        else
        {
            var modifier = type is { IsAbstract: true, IsSealed: true } ? "static " : type.IsAbstract ? "abstract " : type.IsSealed ? "sealed " : string.Empty;
            kind = modifier + (IsRecord(type) ? "record" : "class");
        }

        var bases = new List<string>();
        if (type is { IsClass: true, BaseType: { } baseType } && baseType != typeof(object))
        {
            bases.Add(TypeNames.Of(baseType));
        }

        bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(i => TypeNames.Of(i)).Order(StringComparer.Ordinal));
        return $"{access} {kind} {name}" + (bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty);
    }

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$", Declared) is not null
        || (type.IsValueType && type.GetProperty("EqualityContract", Declared) is null && type.GetMethod("PrintMembers", Declared) is not null);

    private static IEnumerable<string> Constraints(Type[] parameters)
    {
        foreach (var parameter in parameters)
        {
            var parts = new List<string>();
            var flags = parameter.GenericParameterAttributes;
            var types = parameter.GetGenericParameterConstraints();
            if ((flags & GenericParameterAttributes.NotNullableValueTypeConstraint) != 0)
            {
                parts.Add(parameter.CustomAttributes.Any(a => a.AttributeType.Name == "IsUnmanagedAttribute") ? "unmanaged" : "struct");
            }
            else if ((flags & GenericParameterAttributes.ReferenceTypeConstraint) != 0)
            {
                parts.Add("class");
            }

            parts.AddRange(types.Where(t => t != typeof(ValueType)).Select(t => TypeNames.Of(t)).Order(StringComparer.Ordinal));
            if ((flags & GenericParameterAttributes.DefaultConstructorConstraint) != 0 && (flags & GenericParameterAttributes.NotNullableValueTypeConstraint) == 0)
            {
                parts.Add("new()");
            }

            var annotations = ApiAttributes.Render(parameter.CustomAttributes).ToList();
            if (parts.Count > 0)
            {
                yield return $"where {parameter.Name} : {string.Join(", ", parts)}";
            }

            foreach (var annotation in annotations)
            {
                yield return $"{annotation} {parameter.Name}";
            }
        }
    }

    private static string RenderEnumField(FieldInfo field)
    {
        var attributes = string.Concat(ApiAttributes.Render(field.CustomAttributes).Select(a => a + " "));
        return $"{attributes}{field.Name} = {Convert.ToInt64(field.GetRawConstantValue(), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)},";
    }

    private static string RenderMember(MemberInfo member, NullabilityInfoContext context)
    {
        var attributes = string.Concat(ApiAttributes.Render(member.CustomAttributes).Select(a => a + "\n"));
        return attributes + member switch
        {
            FieldInfo field => RenderField(field, context),
            ConstructorInfo ctor => $"{Access(ctor)} {TypeNames.Declaration(ctor.DeclaringType!).Split('<')[0].Split('.')[^1]}({Parameters(ctor, context)});",
            PropertyInfo property => RenderProperty(property, context),
            EventInfo e => $"{Access(e.AddMethod!)} {Modifiers(e.AddMethod!)}event {TypeNames.Of(e.EventHandlerType!, context.Create(e))} {e.Name};",
            MethodInfo method => RenderMethod(method, context),
            _ => member.ToString()!,
        };
    }

    private static string RenderField(FieldInfo field, NullabilityInfoContext context)
    {
        var access = field.IsPublic ? "public" : "protected";
        var type = TypeNames.Of(field.FieldType, context.Create(field));
        if (field.IsLiteral)
        {
            return $"{access} const {type} {field.Name} = {Literal(field.GetRawConstantValue(), field.FieldType)};";
        }

        var modifiers = (field.IsStatic ? "static " : string.Empty) + (field.IsInitOnly ? "readonly " : string.Empty);
        return $"{access} {modifiers}{type} {field.Name};";
    }

    private static string RenderProperty(PropertyInfo property, NullabilityInfoContext context)
    {
        var accessors = Accessors(property).Where(IsVisible).ToList();
        var widest = accessors.Any(a => a.IsPublic) ? "public" : "protected";
        var main = accessors.First(a => Access(a) == widest);
        var required = property.IsDefined(typeof(RequiredMemberAttribute), false) ? "required " : string.Empty;
        var parts = new List<string>();
        if (property.GetMethod is { } get && IsVisible(get))
        {
            parts.Add((Access(get) == widest ? string.Empty : Access(get) + " ") + "get;");
        }

        if (property.SetMethod is { } set && IsVisible(set))
        {
            var init = set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
            parts.Add((Access(set) == widest ? string.Empty : Access(set) + " ") + (init ? "init;" : "set;"));
        }

        var index = property.GetIndexParameters();
        var name = index.Length == 0 ? property.Name : $"this[{string.Join(", ", index.Select(p => Parameter(p, context, false)))}]";
        var nullability = context.Create(property);
        var type = TypeNames.Of(property.PropertyType, nullability);
        if (nullability.ReadState != nullability.WriteState && property.CanWrite && property.CanRead && !property.PropertyType.IsValueType)
        {
            type += $" /* get: {nullability.ReadState}, set: {nullability.WriteState} */";
        }

        return $"{widest} {Modifiers(main)}{required}{type} {name} {{ {string.Join(" ", parts)} }}";
    }

    private static string RenderMethod(MethodInfo method, NullabilityInfoContext context)
    {
        var name = method.Name;
        if (method.IsGenericMethodDefinition)
        {
            name += "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">";
        }

        var returns = TypeNames.Of(method.ReturnType, context.Create(method.ReturnParameter));
        if (method.ReturnType.IsByRef)
        {
            returns = "ref " + returns;
        }

        var returnAttributes = string.Concat(ApiAttributes.Render(method.ReturnParameter.CustomAttributes).Select(a => "[return: " + a[1..] + " "));
        var head = $"{returnAttributes}{Access(method)} {Modifiers(method)}{returns} {name}({Parameters(method, context)})";
        var constraints = Constraints(method.IsGenericMethodDefinition ? method.GetGenericArguments() : []).ToList();
        return constraints.Count == 0 ? head + ";" : head + "\n    " + string.Join("\n    ", constraints) + ";";
    }

    private static string Parameters(MethodBase method, NullabilityInfoContext context)
    {
        var extension = method.IsDefined(typeof(ExtensionAttribute), false);
        return string.Join(", ", method.GetParameters().Select((p, i) => Parameter(p, context, extension && i == 0)));
    }

    private static string Parameter(ParameterInfo parameter, NullabilityInfoContext context, bool isThis)
    {
        var text = new StringBuilder();
        foreach (var attribute in ApiAttributes.Render(parameter.CustomAttributes))
        {
            text.Append(attribute).Append(' ');
        }

        if (isThis)
        {
            text.Append("this ");
        }

        if (parameter.IsDefined(typeof(ParamArrayAttribute), false))
        {
            text.Append("params ");
        }

        if (parameter.ParameterType.IsByRef)
        {
            text.Append(parameter.IsOut ? "out " : parameter.IsIn ? "in " : "ref ");
        }

        var nullability = context.Create(parameter);
        text.Append(TypeNames.Of(parameter.ParameterType, nullability)).Append(' ').Append(parameter.Name);
        if (parameter.HasDefaultValue)
        {
            text.Append(" = ").Append(Literal(parameter.RawDefaultValue, parameter.ParameterType));
        }

        return text.ToString();
    }

    private static string Access(MethodBase method)
        => method.IsPublic ? "public" : method.IsFamilyOrAssembly ? "protected internal" : "protected";

    private static string Modifiers(MethodBase method)
    {
        if (method.IsStatic)
        {
            return "static ";
        }

        if (method.DeclaringType!.IsInterface)
        {
            return method.IsAbstract ? string.Empty : "virtual ";
        }

        if (method is MethodInfo info && method.IsVirtual)
        {
            var isOverride = info.GetBaseDefinition().DeclaringType != method.DeclaringType;
            if (method.IsAbstract)
            {
                return isOverride ? "abstract override " : "abstract ";
            }

            if (isOverride)
            {
                return method.IsFinal ? "sealed override " : "override ";
            }

            return method.IsFinal ? string.Empty : "virtual ";
        }

        return string.Empty;
    }

    internal static string Literal(object? value, Type type)
    {
        var target = type.IsByRef ? type.GetElementType()! : type;
        return value switch
        {
            null or DBNull when target.IsValueType && Nullable.GetUnderlyingType(target) is null => "default",
            null or DBNull => "null",
            string s => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
            bool b => b ? "true" : "false",
            char c => "'" + c + "'",
            _ when (Nullable.GetUnderlyingType(target) ?? target).IsEnum => EnumLiteral(Nullable.GetUnderlyingType(target) ?? target, value),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString()!,
        };
    }

    private static string EnumLiteral(Type enumType, object value)
    {
        var name = Enum.GetName(enumType, value);
        return TypeNames.Of(enumType) + "." + (name ?? Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
    }
}
