namespace MemberCards.Sdk.Docs.Tests;

/// <summary>One fenced code block of a Markdown file.</summary>
/// <param name="File">The file, relative to the repository root.</param>
/// <param name="Line">The line of the block's first code line (1-based).</param>
/// <param name="Language">The fence's info string (csharp, cs, bash ...).</param>
/// <param name="Code">The code between the fences.</param>
/// <param name="Marker">The line right before the opening fence, trimmed (a snippet marker, or anything else).</param>
internal sealed record CodeBlock(string File, int Line, string Language, string Code, string Marker)
{
    public bool IsCSharp => Language is "csharp" or "cs" or "c#";

    public bool IsFragment => Marker == Markdown.FragmentMarker;

    public bool Continues => Marker == Markdown.ContinuesMarker;

    public override string ToString() => $"{File}:{Line}";
}
