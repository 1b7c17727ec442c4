namespace MemberCards.Sdk.Docs.Tests;

/// <summary>Every relative link of README.md and docs/*.md points at a file that exists, and at a heading when it has an #anchor.</summary>
public sealed class LinkTests
{
    public static TheoryData<string> Files => new(Markdown.Files);

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_relative_link_resolves(string file)
    {
        var broken = Broken(file, Markdown.Read(file), p => File.Exists(Path.Combine(Markdown.Root, p)) || Directory.Exists(Path.Combine(Markdown.Root, p)), Markdown.Read);
        Assert.True(broken.Count == 0, $"Broken links in {file}:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void The_checker_reports_a_missing_file_a_missing_anchor_and_nothing_else()
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["docs/a.md"] = "# A\n\n## Options (`WeChatCardsOptions`)\n## 会员卡 setup\n## Twice\n## Twice\n",
        };
        var text = "[ok](a.md#options-wechatcardsoptions) [cn](a.md#会员卡-setup) [again](a.md#twice-1) [self](#local) [web](https://example.invalid/x)\n"
            + "[gone](b.md) [anchor](a.md#configuration) `[code](c.md)`\n\n```md\n[fenced](d.md)\n```\n\n## Local\n";
        var broken = Broken("docs/x.md", text, files.ContainsKey, p => files[p]);
        Assert.Equal(["docs/x.md:2: b.md (no such file: docs/b.md)", "docs/x.md:2: a.md#configuration (docs/a.md has no heading with the anchor #configuration)"], broken);
    }

    private static List<string> Broken(string file, string text, Func<string, bool> exists, Func<string, string> read)
    {
        var folder = Path.GetDirectoryName(file)!.Replace('\\', '/');
        var broken = new List<string>();
        foreach (var (line, target) in Markdown.Links(text))
        {
            if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }

            var hash = target.IndexOf('#', StringComparison.Ordinal);
            var path = Uri.UnescapeDataString(hash < 0 ? target : target[..hash]);
            var anchor = hash < 0 ? null : Uri.UnescapeDataString(target[(hash + 1)..]);
            var resolved = path.Length == 0 ? file : Normalize(folder.Length == 0 ? path : folder + "/" + path);
            if (path.Length > 0 && !exists(resolved))
            {
                broken.Add($"{file}:{line}: {target} (no such file: {resolved})");
                continue;
            }

            if (anchor is not null && resolved.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !Markdown.Anchors(path.Length == 0 ? text : read(resolved)).Contains(anchor))
            {
                broken.Add($"{file}:{line}: {target} ({resolved} has no heading with the anchor #{anchor})");
            }
        }

        return broken;
    }

    private static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part is not "." and not "")
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }
}
