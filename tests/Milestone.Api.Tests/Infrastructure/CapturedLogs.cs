using System.Collections.Concurrent;

namespace Milestone.Api.Tests.Infrastructure;

/// <summary>Every log entry the host writes, at every level, as it would reach a real log sink.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    /// <summary>The entries written while <paramref name="action"/> ran.</summary>
    public async Task<IReadOnlyList<LogEntry>> DuringAsync(Func<Task> action)
    {
        var before = _entries.Count;
        await action();
        return [.. _entries.Skip(before)];
    }

    private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        // As every real provider does: the logging framework hands entries of level None to providers too.
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception), exception?.ToString()));
            }
        }
    }
}

public sealed record LogEntry(string Category, LogLevel Level, string Message, string? Exception)
{
    public bool Contains(string text) =>
        Message.Contains(text, StringComparison.Ordinal) || Exception?.Contains(text, StringComparison.Ordinal) == true;
}

/// <summary>The real host with every log entry captured, down to Trace.</summary>
public sealed class MilestoneAppWithLogs : MilestoneApp
{
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureLogging(ILoggingBuilder logging) =>
        logging.AddProvider(Logs).AddFilter<CapturedLogs>(null, LogLevel.Trace);
}
