using System.Reflection;

namespace MemberCards.Sdk.ApiTests;

/// <summary>Finds the shipping assemblies: every MemberCards.Sdk.* assembly copied next to this test assembly.</summary>
internal static class ApiAssemblies
{
    private static readonly Lazy<IReadOnlyList<Assembly>> All = new(Discover);

    public static IReadOnlyList<Assembly> Shipping => All.Value;

    public static TheoryData<string> Names
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var assembly in Shipping)
            {
                data.Add(assembly.GetName().Name!);
            }

            return data;
        }
    }

    public static Assembly Get(string name) => Shipping.Single(a => a.GetName().Name == name);

    public static string ListingDirectory => Metadata("ApiListingDirectory") is { } dir && Directory.Exists(dir)
        ? dir
        : Path.Combine(AppContext.BaseDirectory, "api");

    /// <summary>The api folder in the source tree, where updated listings are written.</summary>
    public static string SourceListingDirectoryOrThrow()
        => Metadata("ApiListingDirectory") is { } dir && Directory.Exists(dir)
            ? dir
            : throw new InvalidOperationException("The api folder recorded at build time does not exist; run the update from the checkout that was built.");

    public static string? SourceDirectory => Metadata("SourceDirectory") is { } dir && Directory.Exists(dir) ? dir : null;

    private static string? Metadata(string key)
        => typeof(ApiAssemblies).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value;

    private static List<Assembly> Discover()
    {
        var self = typeof(ApiAssemblies).Assembly.GetName().Name;
        return Directory.EnumerateFiles(AppContext.BaseDirectory, "MemberCards.Sdk.*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => name != self && !name!.EndsWith(".Tests", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => Assembly.Load(new AssemblyName(name!)))
            .ToList();
    }
}
