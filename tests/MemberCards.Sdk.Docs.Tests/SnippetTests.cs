namespace MemberCards.Sdk.Docs.Tests;

/// <summary>
/// Every C# block of README.md and docs/*.md compiles as shown (issue 12 item 10). A block compiles on its own, in a
/// new web or console app (<see cref="CodeBlock.Kind"/>, <see cref="SnippetCompiler"/>; issue 19 item 9); a block marked <c>&lt;!-- snippet: continues --&gt;</c> is compiled
/// after the C# block before it in the same file; a block marked <c>&lt;!-- snippet: fragment --&gt;</c> is not compiled
/// (keep those rare: docs/contributing.md says when).
/// </summary>
public sealed class SnippetTests
{
    public static TheoryData<string> Snippets
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var block in AllCSharpBlocks().Where(b => !b.IsFragment))
            {
                data.Add(block.ToString());
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void The_csharp_block_compiles(string snippet)
    {
        var (block, code, kind) = Resolve(snippet);
        var errors = SnippetCompiler.Errors(code, block.ToString(), kind);
        Assert.True(errors.Count == 0, $"{block} does not compile as shown in a new {kind} app:\n{string.Join("\n", errors)}\n\n--- compiled code (lines numbered from 1):\n{Numbered(code)}");
    }

    [Fact]
    public void The_docs_have_csharp_blocks_and_few_fragments()
    {
        var blocks = AllCSharpBlocks().ToList();
        Assert.True(blocks.Count >= 20, $"Only {blocks.Count} C# blocks found in README.md and docs/*.md: the extraction is broken.");
        var fragments = blocks.Where(b => b.IsFragment).ToList();
        Assert.True(fragments.Count * 10 <= blocks.Count, $"{fragments.Count} of {blocks.Count} C# blocks are marked as fragments; make them compile instead: {string.Join(", ", fragments)}");
    }

    [Fact]
    public void A_snippet_that_does_not_compile_is_reported()
    {
        Assert.Empty(SnippetCompiler.Errors("using MemberCards.Sdk;\nvar services = new ServiceCollection();\nservices.AddMemberCards().AddYouzan();\n", "good"));
        Assert.Empty(SnippetCompiler.Errors("using MemberCards.Sdk;\nbuilder.Services.AddMemberCards();\nvar built = builder.Build();\n", "ambient builder"));
        Assert.Empty(SnippetCompiler.Errors("using MemberCards.Sdk;\nvar builder = WebApplication.CreateSlimBuilder(args);\nbuilder.Services.AddMemberCards();\n", "own builder"));
        Assert.Contains(SnippetCompiler.Errors("using MemberCards.Sdk;\n\nmerchant.Services.AddMemberCards();\n", "bad"), e => e.Contains("CS0103", StringComparison.Ordinal) && e.StartsWith("3:", StringComparison.Ordinal));
        Assert.Contains(SnippetCompiler.Errors("builder.Services.AddMemberCards();\n", "no using"), e => e.Contains("CS1061", StringComparison.Ordinal));
        Assert.Contains(SnippetCompiler.Errors("public sealed class C { public void M() => new ServiceCollection().AddMemberCards(); }\n", "no using"), e => e.Contains("CS1061", StringComparison.Ordinal));
    }

    [Fact]
    public void Blocks_and_markers_are_extracted_with_their_lines()
    {
        var text = "# T\n\n```csharp\nvar a = 1;\n```\n\n<!-- snippet: continues -->\n```cs\nvar b = a;\n```\n\n" + Markdown.FragmentMarker + "\n````csharp\n// ```\n````\n```bash\nls\n```\n";
        var blocks = Markdown.Blocks("x.md", text).ToList();
        Assert.Equal(4, blocks.Count);
        Assert.Equal(("csharp", 4, "var a = 1;\n", false, false), (blocks[0].Language, blocks[0].Line, blocks[0].Code, blocks[0].Continues, blocks[0].IsFragment));
        Assert.Equal(("cs", 9, true), (blocks[1].Language, blocks[1].Line, blocks[1].Continues));
        Assert.Equal(("csharp", "// ```\n", true), (blocks[2].Language, blocks[2].Code, blocks[2].IsFragment));
        Assert.False(blocks[3].IsCSharp);
    }

    internal static IEnumerable<CodeBlock> AllCSharpBlocks()
        => Markdown.Files.SelectMany(f => Markdown.Blocks(f, Markdown.Read(f))).Where(b => b.IsCSharp);

    /// <summary>The block named "file:line", the code compiled for it (with the blocks it continues) and its app: web when any of those blocks is.</summary>
    private static (CodeBlock Block, string Code, SnippetKind Kind) Resolve(string name)
    {
        var file = name[..name.LastIndexOf(':')];
        var blocks = Markdown.Blocks(file, Markdown.Read(file)).Where(b => b.IsCSharp && !b.IsFragment).ToList();
        var index = blocks.FindIndex(b => b.ToString() == name);
        Assert.True(index >= 0, $"{name} is no longer a C# block (the docs changed while testing?)");
        var first = index;
        while (blocks[first].Continues && first > 0)
        {
            first--;
        }

        var chain = blocks.Skip(first).Take(index - first + 1).ToList();
        var kind = chain.Any(b => b.Kind == SnippetKind.Web) ? SnippetKind.Web : SnippetKind.Console;
        return (blocks[index], string.Concat(chain.Select(b => b.Code)), kind);
    }

    private static string Numbered(string code)
        => string.Join("\n", code.TrimEnd('\n').Split('\n').Select((l, i) => $"{i + 1,3}  {l}"));
}
