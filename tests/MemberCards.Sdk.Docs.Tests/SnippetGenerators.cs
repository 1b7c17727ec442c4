using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MemberCards.Sdk.Docs.Tests;

/// <summary>
/// The source generators a snippet's project runs at build time: the System.Text.Json generator of the targeting pack
/// (every app has it), so a snippet may declare its own <c>JsonSerializerContext</c> as a user's project does.
/// </summary>
internal static class SnippetGenerators
{
    private static readonly Lazy<IReadOnlyList<ISourceGenerator>> Generators = new(Load);

    /// <summary>Runs the generators over the compilation; returns the compilation with the generated sources and the generators' own errors.</summary>
    public static (Compilation Compilation, IReadOnlyList<Diagnostic> Errors) Run(CSharpCompilation compilation, CSharpParseOptions parse)
    {
        var driver = CSharpGeneratorDriver.Create(Generators.Value, parseOptions: parse);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return (output, diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList());
    }

    /// <summary>
    /// System.Text.Json.SourceGeneration.dll of the Microsoft.NETCore.App targeting pack beside the runtime this process
    /// runs on (the pack of the same version, else the newest). Missing is an error, never a silent skip.
    /// </summary>
    public static string JsonGeneratorPath()
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;                   // .../shared/Microsoft.NETCore.App/10.0.x
        var root = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));                      // the dotnet root
        var packs = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref");
        var candidates = Directory.Exists(packs)
            ? Directory.EnumerateFiles(packs, "System.Text.Json.SourceGeneration.dll", SearchOption.AllDirectories)
                .Where(p => p.Contains($"{Path.DirectorySeparatorChar}cs{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .OrderByDescending(p => p.Contains(Path.GetFileName(runtime), StringComparison.Ordinal))
                .ThenByDescending(p => p, StringComparer.Ordinal)
                .ToList()
            : [];
        return candidates.Count > 0
            ? candidates[0]
            : throw new InvalidOperationException($"No System.Text.Json source generator under {packs}: the docs test needs the Microsoft.NETCore.App targeting pack of the SDK.");
    }

    private static List<ISourceGenerator> Load()
    {
        var assembly = Assembly.LoadFrom(JsonGeneratorPath());
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            types = [.. ex.Types.OfType<Type>()];
        }

        var generators = types
            .Where(t => !t.IsAbstract && typeof(IIncrementalGenerator).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => ((IIncrementalGenerator)Activator.CreateInstance(t)!).AsSourceGenerator())
            .ToList();
        return generators.Count > 0 ? generators : throw new InvalidOperationException($"{assembly.Location} holds no source generator.");
    }
}
