using System.CommandLine;

namespace MemberCards.Cli.Tests;

/// <summary>Runs the membercards command tree in-process, capturing standard output and error.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> InvokeAsync(params string[] args)
        => await InvokeAsync(TimeProvider.System, args);

    public static async Task<CliRun> InvokeAsync(TimeProvider timeProvider, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        var exitCode = await CliEntryPoint.RunAsync(args, timeProvider, configuration);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The value after <paramref name="prefix"/> on the first output line that starts with it.</summary>
    public string Line(string prefix)
        => Output.Split('\n').Single(line => line.StartsWith(prefix, StringComparison.Ordinal))[prefix.Length..];
}
