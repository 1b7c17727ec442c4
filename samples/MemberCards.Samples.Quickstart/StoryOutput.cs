namespace MemberCards.Samples.Quickstart;

/// <summary>Prints the story: numbered steps with indented facts.</summary>
internal sealed class StoryOutput(TextWriter writer, int steps)
{
    private int step;

    public void Title(string text)
    {
        writer.WriteLine(text);
        writer.WriteLine(new string('=', text.Length));
    }

    public void Step(string text)
    {
        step++;
        writer.WriteLine();
        writer.WriteLine($"[{step}/{steps}] {text}");
    }

    public void Fact(string name, object? value) => writer.WriteLine($"      {name,-22} {value}");

    public void Note(string text) => writer.WriteLine($"      {text}");

    public void Line(string text = "") => writer.WriteLine(text);
}
