using System.Text;

namespace MemberCards.Cli.Tests;

/// <summary>A file in the temp folder, deleted on dispose.</summary>
internal sealed class TempFile : IDisposable
{
    private TempFile(string path) => Path = path;

    public string Path { get; }

    public static TempFile WithText(string text) => WithBytes(Encoding.UTF8.GetBytes(text));

    public static TempFile WithBytes(byte[] bytes)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"membercards-cli-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, bytes);
        return new TempFile(path);
    }

    public void Dispose() => File.Delete(Path);
}
