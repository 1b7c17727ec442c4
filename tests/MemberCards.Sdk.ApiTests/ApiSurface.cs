using System.Reflection;

namespace MemberCards.Sdk.ApiTests;

/// <summary>
/// The reflection view of an assembly's public surface the policy tests walk (the listings themselves are rendered by
/// PublicApiGenerator in <see cref="ApiListing"/>).
/// </summary>
internal static class ApiSurface
{
    internal const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

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

}
