namespace MemberCards.Samples.TrimCheck;

/// <summary>Runs named checks, prints each outcome and remembers whether any failed.</summary>
internal sealed class Checks
{
    public int Failed { get; private set; }

    public int Passed { get; private set; }

    public async Task RunAsync(string name, Func<Task<bool>> check)
    {
        bool ok;
        try
        {
            ok = await check();
        }
        catch (Exception ex)
        {
            Console.WriteLine($"FAIL {name}: {ex.GetType().Name}: {ex.Message}");
            Failed++;
            return;
        }

        Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {name}");
        if (ok)
        {
            Passed++;
        }
        else
        {
            Failed++;
        }
    }

    public Task RunAsync(string name, Func<bool> check) => RunAsync(name, () => Task.FromResult(check()));
}
