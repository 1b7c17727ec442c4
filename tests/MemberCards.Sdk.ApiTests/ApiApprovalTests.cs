namespace MemberCards.Sdk.ApiTests;

/// <summary>
/// Compares each shipping assembly's public surface with the committed listing in <c>api/&lt;Assembly&gt;.txt</c>.
/// After an intended change, run the tests with <c>MEMBERCARDS_UPDATE_API=1</c> to rewrite the listings, and commit them.
/// </summary>
public sealed class ApiApprovalTests
{
    private static bool Update => Environment.GetEnvironmentVariable("MEMBERCARDS_UPDATE_API") == "1";

    public static TheoryData<string> Assemblies => ApiAssemblies.Names;

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Public_API_matches_the_approved_listing(string assemblyName)
    {
        var actual = ApiListing.Render(ApiAssemblies.Get(assemblyName));
        var path = Path.Combine(ApiAssemblies.ListingDirectory, assemblyName + ".txt");
        if (Update)
        {
            File.WriteAllText(Path.Combine(ApiAssemblies.SourceListingDirectoryOrThrow(), assemblyName + ".txt"), actual);
            return;
        }

        Assert.True(File.Exists(path), $"{assemblyName} has no approved API listing at {path}. Run the API tests with MEMBERCARDS_UPDATE_API=1 and commit the new file.");
        var approved = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (approved != actual)
        {
            Assert.Fail($"The public API of {assemblyName} differs from {path}.\n"
                + "If the change is intended, run the API tests with MEMBERCARDS_UPDATE_API=1 and commit the listing.\n\n"
                + LineDiff.Render(approved, actual));
        }
    }

    [Fact]
    public void Every_src_project_is_a_discovered_assembly()
    {
        var source = ApiAssemblies.SourceDirectory;
        Assert.True(source is not null, "The src folder recorded at build time is missing; build and test in the same checkout.");
        var projects = Directory.EnumerateFiles(source, "MemberCards.Sdk.*.csproj", SearchOption.AllDirectories)
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(projects);
        Assert.Equal(projects, ApiAssemblies.Shipping.Select(a => a.GetName().Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Rendering_is_deterministic()
    {
        foreach (var assembly in ApiAssemblies.Shipping)
        {
            Assert.Equal(ApiListing.Render(assembly), ApiListing.Render(assembly));
        }
    }

    [Fact]
    public void Every_listing_on_disk_belongs_to_a_discovered_assembly()
    {
        var known = ApiAssemblies.Shipping.Select(a => a.GetName().Name + ".txt").ToHashSet(StringComparer.Ordinal);
        var stale = Directory.EnumerateFiles(ApiAssemblies.ListingDirectory, "*.txt").Select(Path.GetFileName).Where(f => !known.Contains(f!)).ToList();
        Assert.True(stale.Count == 0, $"Listings without an assembly (remove them): {string.Join(", ", stale)}");
    }
}
