namespace MemberCards.Sdk.Docs.Tests;

/// <summary>One fenced code block of a Markdown file.</summary>
/// <param name="File">The file, relative to the repository root.</param>
/// <param name="Line">The line of the block's first code line (1-based).</param>
/// <param name="Language">The fence's info string (csharp, cs, bash ...).</param>
/// <param name="Code">The code between the fences.</param>
/// <param name="Marker">The line right before the opening fence, trimmed (a snippet marker, or anything else).</param>
/// <param name="Info">The words of the fence's info string after the language (<c>web</c> or <c>console</c> for a C# block).</param>
internal sealed record CodeBlock(string File, int Line, string Language, string Code, string Marker, string Info = "")
{
    /// <summary>The page whose C# blocks are all web-app code (the endpoints need ASP.NET Core).</summary>
    public const string WebPage = "docs/aspnetcore.md";
    public bool IsCSharp => Language is "csharp" or "cs" or "c#";

    public bool IsFragment => Marker == Markdown.FragmentMarker;

    public bool Continues => Marker == Markdown.ContinuesMarker;

    /// <summary>
    /// The app the block belongs in: <c>```csharp web</c> or <c>```csharp console</c> says so; otherwise a block of
    /// <see cref="WebPage"/> or one that builds a <c>WebApplication</c> is web, and every other block is console code,
    /// compiled without ASP.NET Core.
    /// </summary>
    public SnippetKind Kind
    {
        get
        {
            var words = Info.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.Contains("web", StringComparer.Ordinal) ? SnippetKind.Web
                : words.Contains("console", StringComparer.Ordinal) ? SnippetKind.Console
                : File == WebPage || Code.Contains("WebApplication", StringComparison.Ordinal) ? SnippetKind.Web
                : SnippetKind.Console;
        }
    }

    public override string ToString() => $"{File}:{Line}";
}
