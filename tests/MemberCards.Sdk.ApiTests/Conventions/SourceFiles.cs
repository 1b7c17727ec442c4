using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MemberCards.Sdk.ApiTests;

/// <summary>
/// One top-level type per source file, the file named for the type, checked on the syntax trees (Roslyn), so internal
/// and file-local types count as much as public ones.
/// </summary>
internal static class SourceFiles
{
    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Preview);

    /// <summary>Every .cs file under <paramref name="root"/> except build output (bin/, obj/).</summary>
    public static IEnumerable<string> Enumerate(string root)
        => Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar).Any(d => d is "bin" or "obj"))
            .Order(StringComparer.Ordinal);

    /// <summary>
    /// The problems of one file: more than one top-level type, or a type not named as the file. A partial type may be split
    /// over <c>Foo.cs</c> and <c>Foo.Part.cs</c>; a file without types (assembly attributes, global usings) is fine.
    /// </summary>
    public static List<string> Problems(string relativePath, string text)
    {
        var root = CSharpSyntaxTree.ParseText(text, Parse).GetCompilationUnitRoot();
        var types = TopLevel(root.Members).ToList();
        var stem = Path.GetFileNameWithoutExtension(relativePath);
        var head = stem.Split('.')[0];
        var problems = new List<string>();
        if (types.Count > 1)
        {
            problems.Add($"{relativePath}: {types.Count} top-level types ({string.Join(", ", types.Select(Describe))})");
            return problems;
        }

        foreach (var type in types)
        {
            var name = Name(type);
            var isPartial = type.Modifiers.Any(SyntaxKind.PartialKeyword);
            if (name != stem && !(isPartial && name == head && stem.Length > head.Length))
            {
                problems.Add($"{relativePath}: declares {Describe(type)}, so the file must be {name}.cs");
            }
        }

        return problems;
    }

    private static IEnumerable<MemberDeclarationSyntax> TopLevel(SyntaxList<MemberDeclarationSyntax> members)
    {
        foreach (var member in members)
        {
            switch (member)
            {
                case BaseNamespaceDeclarationSyntax ns:
                    foreach (var inner in TopLevel(ns.Members))
                    {
                        yield return inner;
                    }

                    break;
                case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax:
                    yield return member;
                    break;
            }
        }
    }

    private static string Name(MemberDeclarationSyntax type) => type switch
    {
        BaseTypeDeclarationSyntax t => t.Identifier.ValueText,
        DelegateDeclarationSyntax d => d.Identifier.ValueText,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static string Describe(MemberDeclarationSyntax type)
    {
        var arity = type switch
        {
            TypeDeclarationSyntax { TypeParameterList: { } list } => list.Parameters.Count,
            DelegateDeclarationSyntax { TypeParameterList: { } list } => list.Parameters.Count,
            _ => 0,
        };
        return arity == 0 ? Name(type) : $"{Name(type)}`{arity}";
    }
}
