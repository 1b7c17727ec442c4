using System.CommandLine;
using System.Text;

namespace MemberCards.Cli.Tests;

/// <summary>A long-running command (such as <c>emulate</c>) invoked in-process, its output observable while it runs.</summary>
internal sealed class RunningCli : IAsyncDisposable
{
    private readonly ObservedWriter output = new();
    private readonly ObservedWriter error = new();
    private readonly CancellationTokenSource stop = new();
    private readonly Task<int> exit;

    private RunningCli(string[] args)
    {
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        exit = Task.Run(() => CliEntryPoint.RunAsync(args, TimeProvider.System, configuration, stop.Token));
    }

    public string Output => output.Text;

    public string Error => error.Text;

    public static RunningCli Start(params string[] args) => new(args);

    /// <summary>Waits until the output contains <paramref name="text"/>; fails if the command exits first or after 30 s.</summary>
    public async Task WaitForOutputAsync(string text)
    {
        var seen = output.WhenContains(text);
        var first = await Task.WhenAny(seen, exit, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.True(first == seen, $"'{text}' never appeared. Output:\n{Output}\nError:\n{Error}");
    }

    /// <summary>The value after <paramref name="label"/> on the output line that holds it, trimmed.</summary>
    public string Value(string label)
        => Output.Split('\n').Single(line => line.TrimStart().StartsWith(label + " ", StringComparison.Ordinal)).Trim()[label.Length..].Trim();

    /// <summary>Cancels the command (as Ctrl+C does) and returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        await stop.CancelAsync();
        return await exit.WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>The exit code of a command that ends by itself.</summary>
    public Task<int> ExitCodeAsync() => exit.WaitAsync(TimeSpan.FromSeconds(30));

    public async ValueTask DisposeAsync()
    {
        if (!exit.IsCompleted)
        {
            await StopAsync();
        }

        stop.Dispose();
        output.Dispose();
        error.Dispose();
    }

    private sealed class ObservedWriter : TextWriter
    {
        private readonly object gate = new();
        private readonly StringBuilder text = new();
        private readonly List<(string Text, TaskCompletionSource Seen)> waiters = [];

        public ObservedWriter() => NewLine = "\n";

        public override Encoding Encoding => Encoding.UTF8;

        public string Text
        {
            get
            {
                lock (gate)
                {
                    return text.ToString();
                }
            }
        }

        public Task WhenContains(string expected)
        {
            lock (gate)
            {
                var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                waiters.Add((expected, seen));
                Check();
                return seen.Task;
            }
        }

        public override void Write(char value)
        {
            lock (gate)
            {
                text.Append(value);
                Check();
            }
        }

        public override void Write(string? value)
        {
            lock (gate)
            {
                text.Append(value);
                Check();
            }
        }

        private void Check()
        {
            var current = text.ToString();
            foreach (var (expected, seen) in waiters)
            {
                if (current.Contains(expected, StringComparison.Ordinal))
                {
                    seen.TrySetResult();
                }
            }
        }
    }
}
