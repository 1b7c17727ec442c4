using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MemberCards.Sdk.Iot.Mqtt.Tests.Support;

/// <summary>Keeps every log entry of a host (level, event id, text with the exception's type), for assertions.</summary>
internal sealed class LogRecorder : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, int EventId, string Text)> entries = new();

    public IReadOnlyList<(LogLevel Level, int EventId, string Text)> Entries => [.. entries];

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(LogRecorder owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => owner.entries.Enqueue((logLevel, eventId.Id, formatter(state, exception) + (exception is null ? string.Empty : " | " + exception.GetType().Name)));
    }
}
