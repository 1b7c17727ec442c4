using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace MemberCards.Sdk.Docs.Tests;

/// <summary>The documentation files under test (README.md and docs/*.md) and what they contain.</summary>
internal static partial class Markdown
{
    /// <summary>The marker, on the line right before a fence, of a C# block that is a fragment and is not compiled.</summary>
    public const string FragmentMarker = "<!-- snippet: fragment -->";

    /// <summary>The marker of a C# block compiled together with the C# block before it in the same file (a walkthrough).</summary>
    public const string ContinuesMarker = "<!-- snippet: continues -->";

    public static string Root { get; } = typeof(Markdown).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value is { } root && Directory.Exists(root)
        ? root
        : throw new InvalidOperationException("The repository root recorded at build time does not exist; build and test in the same checkout.");

    /// <summary>README.md and every docs/*.md, as paths relative to the repository root with '/' separators.</summary>
    public static IReadOnlyList<string> Files { get; } =
        new[] { "README.md" }
            .Concat(Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md").Select(f => "docs/" + Path.GetFileName(f)).Order(StringComparer.Ordinal))
            .ToList();

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath)).ReplaceLineEndings("\n");

    /// <summary>The fenced code blocks of a file, with their language and first line (1-based, the line after the fence).</summary>
    public static IEnumerable<CodeBlock> Blocks(string relativePath, string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var open = Fence().Match(lines[i]);
            if (!open.Success)
            {
                continue;
            }

            var fence = open.Groups["fence"].Value;
            var language = open.Groups["lang"].Value;
            var marker = i > 0 ? lines[i - 1].Trim() : string.Empty;
            var body = new StringBuilder();
            var start = i + 1;
            for (i++; i < lines.Length && !(lines[i].TrimStart().StartsWith(fence, StringComparison.Ordinal) && lines[i].Trim().Trim(fence[0]).Length == 0); i++)
            {
                body.Append(lines[i]).Append('\n');
            }

            yield return new CodeBlock(relativePath, start + 1, language, body.ToString(), marker, open.Groups["info"].Value.Trim());
        }
    }

    /// <summary>The text of a file with its fenced blocks and inline code blanked out, so links are only found in prose.</summary>
    public static string Prose(string text, bool keepInlineCode = false)
    {
        var lines = text.Split('\n');
        var inFence = false;
        string? fence = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var open = Fence().Match(lines[i]);
            if (!inFence && open.Success)
            {
                inFence = true;
                fence = open.Groups["fence"].Value;
                lines[i] = string.Empty;
            }
            else if (inFence)
            {
                if (lines[i].TrimStart().StartsWith(fence!, StringComparison.Ordinal) && lines[i].Trim().Trim(fence![0]).Length == 0)
                {
                    inFence = false;
                }

                lines[i] = string.Empty;
            }
            else if (!keepInlineCode)
            {
                lines[i] = InlineCode().Replace(lines[i], m => new string(' ', m.Length));
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>Every <c>[text](target)</c> link in the prose of a file, with its line.</summary>
    public static IEnumerable<(int Line, string Target)> Links(string text)
    {
        var lines = Prose(text).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match m in Link().Matches(lines[i]))
            {
                yield return (i + 1, m.Groups["target"].Value);
            }
        }
    }

    /// <summary>The anchors GitHub gives the headings of a file (lower case, punctuation dropped, spaces to '-', repeats numbered).</summary>
    public static HashSet<string> Anchors(string text)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in Prose(text, keepInlineCode: true).Split('\n'))
        {
            var heading = Heading().Match(line);
            if (!heading.Success)
            {
                continue;
            }

            var slug = Slug(heading.Groups["title"].Value);
            var n = seen.GetValueOrDefault(slug);
            seen[slug] = n + 1;
            anchors.Add(n == 0 ? slug : $"{slug}-{n}");
        }

        return anchors;
    }

    public static string Slug(string title)
    {
        var text = new StringBuilder();
        foreach (var c in title.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                text.Append(c);
            }
            else if (c == ' ')
            {
                text.Append('-');
            }
        }

        return text.ToString();
    }

    [GeneratedRegex(@"^\s{0,3}(?<fence>`{3,}|~{3,})\s*(?<lang>[A-Za-z0-9#+-]*)(?<info>.*)$")]
    private static partial Regex Fence();

    [GeneratedRegex(@"(?<!`)`[^`\n]+`(?!`)")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"(?<!!)\[[^\]\n]*\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+(?<title>.+?)\s*#*\s*$")]
    private static partial Regex Heading();
}
