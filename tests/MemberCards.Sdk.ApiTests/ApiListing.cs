using System.Reflection;
using PublicApiGenerator;

namespace MemberCards.Sdk.ApiTests;

/// <summary>
/// Renders the public surface of an assembly with PublicApiGenerator. The generator reads the file at
/// <see cref="Assembly.Location"/> and resolves referenced assemblies from the same folder, so the target and every
/// dependency must sit beside each other (they do in this project's output folder).
/// </summary>
internal static class ApiListing
{
    private static readonly ApiGeneratorOptions Options = new()
    {
        TreatRecordsAsClasses = false,
        IncludeAssemblyAttributes = false,
    };

    public static string Render(Assembly assembly)
    {
        var folder = Path.GetDirectoryName(assembly.Location);
        if (string.IsNullOrEmpty(folder))
        {
            throw new InvalidOperationException($"{assembly.GetName().Name} has no file on disk; PublicApiGenerator reads the assembly from its location.");
        }

        var missing = assembly.GetReferencedAssemblies()
            .Where(r => r.Name!.StartsWith("MemberCards.", StringComparison.Ordinal))
            .Where(r => !File.Exists(Path.Combine(folder, r.Name + ".dll")))
            .Select(r => r.Name)
            .ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"{assembly.GetName().Name} must sit beside its dependencies for PublicApiGenerator; missing in {folder}: {string.Join(", ", missing)}");
        }

        return assembly.GeneratePublicApi(Options).ReplaceLineEndings("\n");
    }
}
