using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MemberCards.Sdk.AspNetCore.Tests.Support;

/// <summary>Keeps every log line of the host (with its exception text), to check what the endpoints log.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, EventId EventId, string Text)> entries = new();
    private readonly ConcurrentQueue<(LogLevel Level, int EventId)> levels = new();

    public IReadOnlyList<(string Category, EventId EventId, string Text)> Entries => [.. entries];

    public string AllText => string.Join('\n', entries.Select(e => e.Text));

    /// <summary>The event ids logged at <paramref name="level"/> or above.</summary>
    public IReadOnlyList<int> EventIdsAtOrAbove(LogLevel level) => [.. levels.Where(e => e.Level >= level).Select(e => e.EventId)];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            owner.levels.Enqueue((logLevel, eventId.Id));
            owner.entries.Enqueue((category, eventId, formatter(state, exception) + (exception is null ? string.Empty : "\n" + exception)));
        }
    }
}
