using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MemberCards.Sdk.Redis.FleetHost;

/// <summary>
/// Counts log entries by event id (the tests check that a fallback warning is written once), and the access_token
/// fetches (event 2001) that used <c>force_refresh</c>; keeps the text of warnings and errors for stderr.
/// </summary>
internal sealed class CountingLoggerProvider : ILoggerProvider
{
    /// <summary>The event id of "WeChat access_token obtained".</summary>
    public const int TokenFetched = 2001;

    private readonly ConcurrentDictionary<int, int> counts = new();
    private int forcedFetches;

    public int Count(int eventId) => counts.GetValueOrDefault(eventId);

    /// <summary>How many access_token fetches were logged with <c>force_refresh</c> true.</summary>
    public int ForcedFetches => Volatile.Read(ref forcedFetches);

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(CountingLoggerProvider owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            owner.counts.AddOrUpdate(eventId.Id, 1, (_, n) => n + 1);
            if (eventId.Id == TokenFetched && state is IReadOnlyList<KeyValuePair<string, object?>> fields && fields.Any(f => f.Key == "Force" && f.Value is true))
            {
                Interlocked.Increment(ref owner.forcedFetches);
            }

            if (logLevel >= LogLevel.Warning)
            {
                Console.Error.WriteLine($"{logLevel} {eventId.Id}: {formatter(state, exception)}");
            }
        }
    }
}
