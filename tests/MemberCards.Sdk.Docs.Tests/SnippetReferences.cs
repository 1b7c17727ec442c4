using Microsoft.CodeAnalysis;

namespace MemberCards.Sdk.Docs.Tests;

/// <summary>The assemblies a snippet of each <see cref="SnippetKind"/> is compiled against.</summary>
internal static class SnippetReferences
{
    /// <summary>
    /// The Microsoft.Extensions assemblies a console app has once it adds Microsoft.Extensions.Hosting (which brings
    /// Configuration.Json, EnvironmentVariables, CommandLine, UserSecrets and the console logger), plus those the
    /// MemberCards packages depend on. Taken from the ASP.NET Core shared framework, where they also live.
    /// </summary>
    private static readonly HashSet<string> ConsoleExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "Microsoft.Extensions.Caching.Abstractions", "Microsoft.Extensions.Caching.Memory",
        "Microsoft.Extensions.Configuration", "Microsoft.Extensions.Configuration.Abstractions", "Microsoft.Extensions.Configuration.Binder",
        "Microsoft.Extensions.Configuration.CommandLine", "Microsoft.Extensions.Configuration.EnvironmentVariables",
        "Microsoft.Extensions.Configuration.FileExtensions", "Microsoft.Extensions.Configuration.Json", "Microsoft.Extensions.Configuration.UserSecrets",
        "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.DependencyInjection.Abstractions",
        "Microsoft.Extensions.Diagnostics", "Microsoft.Extensions.Diagnostics.Abstractions", "Microsoft.Extensions.Diagnostics.HealthChecks.Abstractions",
        "Microsoft.Extensions.FileProviders.Abstractions", "Microsoft.Extensions.FileProviders.Physical", "Microsoft.Extensions.FileSystemGlobbing",
        "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Hosting.Abstractions", "Microsoft.Extensions.Http",
        "Microsoft.Extensions.Logging", "Microsoft.Extensions.Logging.Abstractions", "Microsoft.Extensions.Logging.Configuration",
        "Microsoft.Extensions.Logging.Console", "Microsoft.Extensions.Logging.Debug", "Microsoft.Extensions.Logging.EventLog",
        "Microsoft.Extensions.Logging.EventSource", "Microsoft.Extensions.Options", "Microsoft.Extensions.Options.ConfigurationExtensions",
        "Microsoft.Extensions.Primitives",
    };

    /// <summary>The packages under src/ that need the ASP.NET Core shared framework.</summary>
    private static readonly string[] AspNetCorePackages = ["MemberCards.Sdk.AspNetCore", "MemberCards.Sdk.Testing"];

    private static readonly Lazy<IReadOnlyList<MetadataReference>> WebReferences = new(() => Load(Web));
    private static readonly Lazy<IReadOnlyList<MetadataReference>> ConsoleReferences = new(() => Load(Console(testing: false)));
    private static readonly Lazy<IReadOnlyList<MetadataReference>> TestingReferences = new(() => Load(Console(testing: true)));

    /// <summary>The references of a snippet: a console snippet that uses MemberCards.Sdk.Testing gets that package and ASP.NET Core.</summary>
    public static IReadOnlyList<MetadataReference> For(SnippetKind kind, string code)
        => kind == SnippetKind.Web ? WebReferences.Value
            : code.Contains("MemberCards.Sdk.Testing", StringComparison.Ordinal) ? TestingReferences.Value
            : ConsoleReferences.Value;

    /// <summary>The paths of the assemblies of a console app (see <see cref="SnippetKind.Console"/>).</summary>
    public static IEnumerable<string> Console(bool testing)
        => Platform().Where(p => IsNetCoreApp(p) || testing || ConsoleExtensions.Contains(Path.GetFileNameWithoutExtension(p)))
            .Concat(Local().Where(p => testing || !AspNetCorePackages.Contains(Path.GetFileNameWithoutExtension(p), StringComparer.Ordinal)));

    /// <summary>The paths of the assemblies of a web app: both shared frameworks and every package.</summary>
    public static IEnumerable<string> Web => Platform().Concat(Local());

    private static bool IsNetCoreApp(string path)
        => Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(path))) == "Microsoft.NETCore.App";

    /// <summary>The shared frameworks this process runs on (Microsoft.NETCore.App and Microsoft.AspNetCore.App).</summary>
    private static IEnumerable<string> Platform()
        => ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => IsNetCoreApp(p) || Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(p))) == "Microsoft.AspNetCore.App");

    /// <summary>Every assembly beside the tests but the tests' own (the MemberCards packages and their dependencies).</summary>
    private static IEnumerable<string> Local()
        => Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll")
            .Where(p => !Path.GetFileName(p).StartsWith("MemberCards.Sdk.Docs.Tests", StringComparison.Ordinal))
            .Where(p => !Path.GetFileName(p).Contains("xunit", StringComparison.OrdinalIgnoreCase) && !Path.GetFileName(p).StartsWith("Microsoft.TestPlatform", StringComparison.Ordinal));

    private static List<MetadataReference> Load(IEnumerable<string> paths)
        => paths.GroupBy(Path.GetFileNameWithoutExtension, StringComparer.OrdinalIgnoreCase)
            .Select(g => (MetadataReference)MetadataReference.CreateFromFile(g.First()))
            .ToList();
}
