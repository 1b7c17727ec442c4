using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MemberCards.Sdk.Redis.FleetHost;

/// <summary>Counts log entries by event id (the tests check that a fallback warning is written once) and keeps the text of warnings and errors for stderr.</summary>
internal sealed class CountingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentDictionary<int, int> counts = new();

    public int Count(int eventId) => counts.GetValueOrDefault(eventId);

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
            if (logLevel >= LogLevel.Warning)
            {
                Console.Error.WriteLine($"{logLevel} {eventId.Id}: {formatter(state, exception)}");
            }
        }
    }
}
