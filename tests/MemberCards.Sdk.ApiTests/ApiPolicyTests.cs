using System.Reflection;
using System.Runtime.CompilerServices;
using System.Xml.Linq;

namespace MemberCards.Sdk.ApiTests;

/// <summary>Rules every shipping assembly's public surface keeps; each failure lists every offending member.</summary>
public sealed class ApiPolicyTests
{
    private static readonly HashSet<Type> SmallIntegers = [typeof(int), typeof(uint), typeof(short), typeof(ushort), typeof(byte), typeof(sbyte)];

    public static TheoryData<string> Assemblies => ApiAssemblies.Names;

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Every_public_async_method_ends_with_an_optional_CancellationToken_named_cancellationToken(string assemblyName)
    {
        var offenders = AsyncOffenders(ApiSurface.PublicTypes(ApiAssemblies.Get(assemblyName)));
        Assert.True(offenders.Count == 0, "These async methods must end with 'CancellationToken cancellationToken = default':\n" + string.Join("\n", offenders));
    }

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Numeric_ids_are_long_never_int(string assemblyName)
    {
        var offenders = IdOffenders(ApiSurface.PublicTypes(ApiAssemblies.Get(assemblyName)));
        Assert.True(offenders.Count == 0, "Numeric ids must be long (or long?), never int:\n" + string.Join("\n", offenders));
    }

    internal static List<string> AsyncOffenders(IEnumerable<Type> types)
    {
        var offenders = new List<string>();
        foreach (var method in PublicMethods(types).Where(IsAsync).Where(m => !ShapeIsFixedElsewhere(m)))
        {
            var last = method.GetParameters().LastOrDefault();
            if (last is null || last.ParameterType != typeof(CancellationToken) || last.Name != "cancellationToken" || (!last.HasDefaultValue && !IsCallback(method)))
            {
                offenders.Add(Describe(method));
            }
        }

        return offenders;
    }

    internal static List<string> IdOffenders(IEnumerable<Type> types)
    {
        var offenders = new List<string>();
        foreach (var type in types)
        {
            foreach (var member in ApiSurface.VisibleMembers(type))
            {
                switch (member)
                {
                    case PropertyInfo property when IsIdName(property.Name) && IsSmallInteger(property.PropertyType):
                        offenders.Add($"{type.FullName}.{property.Name} ({property.PropertyType.Name})");
                        break;
                    case FieldInfo field when IsIdName(field.Name) && IsSmallInteger(field.FieldType) && !field.IsLiteral:
                        offenders.Add($"{type.FullName}.{field.Name} ({field.FieldType.Name})");
                        break;
                    case MethodBase method when !ShapeIsFixedElsewhere(method):
                        offenders.AddRange(method.GetParameters()
                            .Where(p => p.Name is not null && IsIdName(p.Name) && IsSmallInteger(p.ParameterType))
                            .Select(p => $"{Describe(method)} parameter {p.Name} ({p.ParameterType.Name})"));
                        break;
                }
            }
        }

        return offenders;
    }

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Every_public_type_and_member_has_XML_documentation(string assemblyName)
    {
        var assembly = ApiAssemblies.Get(assemblyName);
        var xmlPath = Path.ChangeExtension(assembly.Location, ".xml");
        Assert.True(File.Exists(xmlPath), $"{assemblyName} has no documentation file at {xmlPath} (GenerateDocumentationFile must stay on).");
        var members = XDocument.Load(xmlPath).Root!.Element("members")!.Elements("member").ToDictionary(e => (string)e.Attribute("name")!, StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var type in ApiSurface.PublicTypes(assembly))
        {
            members.TryGetValue(DocIds.Of(type), out var typeDoc);
            if (typeDoc is null)
            {
                missing.Add(DocIds.Of(type));
            }

            foreach (var member in ApiSurface.VisibleMembers(type).Where(m => !m.IsDefined(typeof(CompilerGeneratedAttribute), false)))
            {
                if (members.ContainsKey(DocIds.Of(member)) || IsImplicitConstructor(member) || IsPositionalRecordProperty(member, typeDoc))
                {
                    continue;
                }

                missing.Add(DocIds.Of(member));
            }
        }

        Assert.True(missing.Count == 0, $"Undocumented public API in {assemblyName}:\n" + string.Join("\n", missing));
    }

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void A_client_assembly_puts_only_its_DI_extension_classes_in_the_root_namespace(string assemblyName)
    {
        if (assemblyName == "MemberCards.Sdk.Core")
        {
            return;
        }

        var offenders = ApiSurface.PublicTypes(ApiAssemblies.Get(assemblyName))
            .Where(t => t.Namespace == "MemberCards.Sdk" && !(t is { IsAbstract: true, IsSealed: true } && t.Name.EndsWith("Extensions", StringComparison.Ordinal)))
            .Select(t => t.FullName)
            .ToList();
        Assert.True(offenders.Count == 0, $"Only the static *Extensions classes (AddXxx, MapXxx) of {assemblyName} live in MemberCards.Sdk; move these to {assemblyName}:\n" + string.Join("\n", offenders));
    }

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Every_public_type_lives_in_the_namespace_of_its_assembly(string assemblyName)
    {
        var allowed = AllowedNamespaces(assemblyName);
        var offenders = ApiSurface.PublicTypes(ApiAssemblies.Get(assemblyName))
            .Where(t => !IsAllowedNamespace(assemblyName, allowed, t.Namespace ?? string.Empty))
            .Select(t => t.FullName)
            .ToList();
        Assert.True(offenders.Count == 0, $"Public types of {assemblyName} must live in {string.Join(" or ", allowed)}:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void The_policies_see_the_SDK_s_own_members()
    {
        // Guards the walkers themselves: if reflection stopped finding members, every policy would pass vacuously.
        var core = ApiAssemblies.Get("MemberCards.Sdk.Core");
        var methods = PublicMethods(ApiSurface.PublicTypes(core)).Select(m => m.DeclaringType!.Name + "." + m.Name).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("IMessageDeduplicationStore.TryClaimAsync", methods);
        Assert.Contains("RsaSha256.Sign", methods);
        Assert.Contains("T:MemberCards.Sdk.Security.RsaSha256", ApiSurface.PublicTypes(core).Select(DocIds.Of));
        Assert.Equal(
            "M:MemberCards.Sdk.ApiTests.Fixtures.SampleBuilder.AddHandler``2",
            DocIds.Of(typeof(Fixtures.SampleBuilder).GetMethod(nameof(Fixtures.SampleBuilder.AddHandler))!));
        Assert.Equal(
            "M:MemberCards.Sdk.Security.AesGcmCipher.Decrypt(System.ReadOnlySpan{System.Byte},System.String,System.String,System.String)",
            DocIds.Of(typeof(Security.AesGcmCipher).GetMethod(nameof(Security.AesGcmCipher.Decrypt))!));
        Assert.True(IsIdName("cardId") && IsIdName("Id") && IsIdName("memberIds") && !IsIdName("Valid") && !IsIdName("Paid"));
        Assert.True(IsSmallInteger(typeof(int?)) && IsSmallInteger(typeof(IReadOnlyList<int>)) && !IsSmallInteger(typeof(long?)));
    }

    private static IEnumerable<MethodInfo> PublicMethods(IEnumerable<Type> types)
        => types
            .Where(t => !t.IsSubclassOf(typeof(Delegate)))
            .SelectMany(ApiSurface.VisibleMembers)
            .OfType<MethodInfo>();

    private static bool IsAsync(MethodInfo method)
    {
        var returns = method.ReturnType;
        if (returns.IsGenericType)
        {
            returns = returns.GetGenericTypeDefinition();
        }

        return returns == typeof(Task) || returns == typeof(Task<>) || returns == typeof(ValueTask) || returns == typeof(ValueTask<>);
    }

    /// <summary>Overrides and implementations of framework members keep the framework's signature (DisposeAsync, SendAsync, StartAsync).</summary>
    private static bool ShapeIsFixedElsewhere(MethodBase method)
    {
        if (method is MethodInfo info && info.GetBaseDefinition().DeclaringType is { } root && root != method.DeclaringType && !IsOurs(root))
        {
            return true;
        }

        var type = method.DeclaringType!;
        if (type.IsInterface || method is not MethodInfo implementation)
        {
            return false;
        }

        foreach (var face in type.GetInterfaces().Where(i => !IsOurs(i)))
        {
            var map = type.GetInterfaceMap(face);
            if (map.TargetMethods.Contains(implementation))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A handler interface the host implements and the SDK calls (IYouzanPushHandler, IIotEventHandler ...): the SDK always
    /// passes the token, so it is required there; it must still come last and be named cancellationToken.
    /// </summary>
    private static bool IsCallback(MethodInfo method)
        => method.DeclaringType is { IsInterface: true } face && StripArity(face.Name).EndsWith("Handler", StringComparison.Ordinal);

    private static string StripArity(string name) => name.Split('`')[0];

    private static bool IsOurs(Type type) => type.Assembly.GetName().Name!.StartsWith("MemberCards.Sdk", StringComparison.Ordinal);

    private static bool IsIdName(string name)
        => name.EndsWith("Id", StringComparison.Ordinal) || name.EndsWith("Ids", StringComparison.Ordinal) || name is "id" or "ids";

    private static bool IsSmallInteger(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsArray)
        {
            return IsSmallInteger(type.GetElementType()!);
        }

        if (type.IsGenericType && type.GetGenericArguments() is [var item] && typeof(System.Collections.IEnumerable).IsAssignableFrom(type))
        {
            return IsSmallInteger(item);
        }

        return SmallIntegers.Contains(type);
    }

    /// <summary>
    /// The parameterless constructor the compiler adds to a type that declares none (it cannot carry a doc comment). A
    /// record also gets a copy constructor from the compiler; that one does not count as declared.
    /// </summary>
    internal static bool IsImplicitConstructor(MemberInfo member)
        => member is ConstructorInfo { IsStatic: false } ctor && ctor.GetParameters().Length == 0
            && ctor.DeclaringType!.GetConstructors(ApiSurface.Declared).Count(c => !c.IsStatic && !IsRecordCopyConstructor(c)) == 1;

    /// <summary>The compiler-generated copy constructor of a record (<c>protected R(R original)</c>, used by <c>with</c> through <c>&lt;Clone&gt;$</c>).</summary>
    internal static bool IsRecordCopyConstructor(ConstructorInfo ctor)
        => ctor.GetParameters() is [var original] && original.ParameterType == ctor.DeclaringType
            && ctor.DeclaringType!.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null;

    private static bool IsPositionalRecordProperty(MemberInfo member, XElement? typeDoc)
        => member is PropertyInfo property && typeDoc?.Elements("param").Any(p => (string?)p.Attribute("name") == property.Name) == true;

    /// <summary>The test-support assembly also holds one emulator namespace per service (MemberCards.Sdk.Testing.WeChat ...).</summary>
    private static bool IsAllowedNamespace(string assemblyName, HashSet<string> allowed, string ns)
        => allowed.Contains(ns) || (assemblyName == "MemberCards.Sdk.Testing" && ns.StartsWith("MemberCards.Sdk.Testing.", StringComparison.Ordinal));

    private static HashSet<string> AllowedNamespaces(string assemblyName) => assemblyName switch
    {
        "MemberCards.Sdk.Core" => ["MemberCards.Sdk", "MemberCards.Sdk.Serialization", "MemberCards.Sdk.Security"],
        _ when assemblyName.StartsWith("MemberCards.Sdk.", StringComparison.Ordinal) => ["MemberCards.Sdk", assemblyName],
        _ => [assemblyName],
    };

    private static string Describe(MethodBase method)
        => $"{method.DeclaringType!.FullName}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name + " " + p.Name))})";
}
