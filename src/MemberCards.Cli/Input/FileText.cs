namespace MemberCards.Cli.Input;

/// <summary>Reads input files, turning I/O failures into messages the user can act on.</summary>
internal static class FileText
{
    public static string ReadAllText(string path, string what)
        => System.Text.Encoding.UTF8.GetString(ReadAllBytes(path, what));

    public static byte[] ReadAllBytes(string path, string what)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliInputException($"Cannot read {what} from '{path}': {ex.Message}");
        }
    }
}
