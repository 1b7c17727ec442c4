using MemberCards.Samples.Quickstart;
using Microsoft.Extensions.Configuration;

// Settings: appsettings.json, user secrets, environment variables (MemberCards__WeChat__AppId ...), command line.
// A service with a MemberCards:<Service> section is called for real; every other one runs as an in-process emulator.
var configuration = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json", optional: true)
    .AddUserSecrets(typeof(QuickstartStory).Assembly, optional: true)
    .AddEnvironmentVariables()
    .AddCommandLine(args)
    .Build();

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

try
{
    await QuickstartStory.RunAsync(configuration, Console.Out, cancel.Token);
    return 0;
}
catch (Exception ex) when (ex is not OperationCanceledException)
{
    Console.Error.WriteLine();
    Console.Error.WriteLine($"The story stopped: {ex.GetType().Name}: {ex.Message}");
    return 1;
}
