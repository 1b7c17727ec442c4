using System.Diagnostics;

namespace MemberCards.Samples.AotCheck;

/// <summary>Runs named checks, prints one line each, counts them, and keeps the start-up timings.</summary>
internal sealed class Checks
{
    private readonly DateTime mainEntered = DateTime.Now;

    public Checks()
    {
        using var process = Process.GetCurrentProcess();
        RuntimeStart = mainEntered - process.StartTime;
    }

    public int Passed { get; private set; }

    public int Failed { get; private set; }

    /// <summary>From the process start (as the kernel recorded it) to the first line of Main.</summary>
    public TimeSpan RuntimeStart { get; }

    /// <summary>From the process start to the first answered SDK call, less the emulators' start.</summary>
    public TimeSpan StartToFirstCall { get; private set; }

    public void FirstCall(TimeSpan sinceMainWithoutEmulators)
    {
        if (StartToFirstCall == TimeSpan.Zero)
        {
            StartToFirstCall = RuntimeStart + sinceMainWithoutEmulators;
        }
    }

    public async Task RunAsync(string name, Func<Task<bool>> check)
    {
        bool ok;
        string detail = string.Empty;
        try
        {
            ok = await check().ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A smoke check reports every failure and goes on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            ok = false;
            detail = $" ({e.GetType().Name}: {e.Message})";
        }

        if (ok)
        {
            Passed++;
        }
        else
        {
            Failed++;
        }

        Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {name}{detail}");
    }
}
