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
        catch (Exception ex) when (IsFileProblem(ex))
        {
            throw new CliInputException($"Cannot read {what} from '{path}': {ex.Message}");
        }
    }

    /// <summary>
    /// Reads the file given to a secret's <paramref name="option"/>. The path is never printed (nor the exception's
    /// message, which holds it): a secret pasted where the path belongs would be echoed.
    /// </summary>
    public static string ReadSecretText(string path, string what, string option)
    {
        try
        {
            return System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(path));
        }
        catch (Exception ex) when (IsFileProblem(ex))
        {
            var hint = path.Contains('\n', StringComparison.Ordinal) ? "; the value holds line breaks, so it is likely the secret itself: write it to a file and pass that file's path" : string.Empty;
            throw new CliInputException($"Cannot read {what} from the file given to {option} ({Reason(ex)}; the path is not shown, in case it is the secret){hint}.");
        }
    }

    private static bool IsFileProblem(Exception ex)
        => ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException;

    private static string Reason(Exception ex) => ex switch
    {
        FileNotFoundException => "no such file",
        DirectoryNotFoundException => "a folder on the path does not exist",
        PathTooLongException => "the path is too long",
        UnauthorizedAccessException => "permission denied",
        ArgumentException or NotSupportedException => "not a valid path",
        _ => "an I/O error",
    };
}
