using System.Text.RegularExpressions;

namespace MemberCards.Sdk.Docs.Tests;

/// <summary>
/// Every <c>dotnet add package MemberCards.Sdk.*</c> line of README.md and docs/*.md installs a package that exists under
/// src/, with <c>--prerelease</c> (only previews are published), and the install lines of README.md and
/// docs/getting-started.md cover every package their registration snippet calls into (issue 19 item 9).
/// </summary>
public sealed partial class InstallLineTests
{
    /// <summary>The pages whose install lines must install what their first registration snippet (<c>AddMemberCards</c>) needs.</summary>
    public static TheoryData<string> RegisteringPages => new(["README.md", "docs/getting-started.md"]);

    [Fact]
    public void Every_install_line_names_a_package_under_src_and_asks_for_prereleases()
    {
        var lines = Markdown.Files.SelectMany(f => InstallLines(f).Select(l => (File: f, l.Line, l.Package, l.Text))).ToList();
        Assert.True(lines.Count >= 5, $"Only {lines.Count} 'dotnet add package MemberCards.Sdk.*' lines found: the extraction is broken.");
        var wrong = lines
            .Where(l => !Directory.Exists(Path.Combine(Markdown.Root, "src", l.Package)) || !l.Text.Contains("--prerelease", StringComparison.Ordinal))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(wrong.Count == 0, "Install lines naming no package under src/ or without --prerelease:\n" + string.Join("\n", wrong));
    }

    [Theory]
    [MemberData(nameof(RegisteringPages))]
    public void The_install_lines_cover_every_package_the_registration_snippet_uses(string page)
    {
        var snippet = Markdown.Blocks(page, Markdown.Read(page)).First(b => b.IsCSharp && b.Code.Contains("AddMemberCards(", StringComparison.Ordinal));
        var installed = InstallLines(page).Select(l => l.Package).ToHashSet(StringComparer.Ordinal);
        var owners = ExtensionOwners();
        var needed = Call().Matches(snippet.Code).Select(m => m.Groups["name"].Value)
            .Where(owners.ContainsKey)
            .Select(n => (Call: n, Package: owners[n]))
            .ToList();
        Assert.NotEmpty(needed);
        var missing = needed.Where(n => !installed.Contains(n.Package)).Select(n => $"{n.Package} (for {n.Call})").Distinct().ToList();
        Assert.True(missing.Count == 0, $"{snippet} calls into packages that {page} does not install with 'dotnet add package':\n" + string.Join("\n", missing));
    }

    /// <summary>The 'dotnet add package MemberCards.Sdk.X' lines of a file's code blocks, with their line.</summary>
    private static IEnumerable<(int Line, string Package, string Text)> InstallLines(string file)
        => Markdown.Blocks(file, Markdown.Read(file))
            .Where(b => !b.IsCSharp)
            .SelectMany(b => b.Code.Split('\n').Select((text, i) => (Line: b.Line + i, Text: text)))
            .Select(l => (l.Line, Match: AddPackage().Match(l.Text), l.Text))
            .Where(l => l.Match.Success)
            .Select(l => (l.Line, l.Match.Groups["package"].Value, l.Text));

    /// <summary>Each public extension method (Add..., Map..., Use...) declared under src/, and the package that declares it.</summary>
    private static Dictionary<string, string> ExtensionOwners()
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var project in Directory.EnumerateDirectories(Path.Combine(Markdown.Root, "src"), "MemberCards.Sdk.*"))
        {
            foreach (var source in Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
            {
                foreach (Match m in Extension().Matches(File.ReadAllText(source)))
                {
                    owners.TryAdd(m.Groups["name"].Value, Path.GetFileName(project));
                }
            }
        }

        return owners;
    }

    [GeneratedRegex(@"dotnet add package (?<package>MemberCards\.Sdk(\.[A-Za-z]+)*)")]
    private static partial Regex AddPackage();

    [GeneratedRegex(@"public static [\w<>.?]+ (?<name>(Add|Map|Use)\w+)(<[^>]*>)?\(this ")]
    private static partial Regex Extension();

    [GeneratedRegex(@"\.(?<name>(Add|Map|Use)\w+)\s*[<(]")]
    private static partial Regex Call();
}
