namespace Milestone.Host.Database;

/// <summary>
/// What the host could not start without, said in one line on standard error instead of a stack trace; the whole
/// exception goes to the log at <c>Debug</c> (<c>Logging__LogLevel__Milestone=Debug</c>).
/// </summary>
public static class StartupErrors
{
    public const int MissingPostgresExitCode = 3;
    public const int FailedExitCode = 1;

    public static int Report(Exception failure, ILogger logger)
    {
        logger.LogDebug(failure, "Could not start");
        Console.Error.WriteLine(OneLine(failure));
        return failure is PostgresBinariesNotFoundException ? MissingPostgresExitCode : FailedExitCode;
    }

    private static string OneLine(Exception failure)
    {
        var cause = failure;
        while (cause is not (StartupFailure or PostgresBinariesNotFoundException or NpgsqlException) && cause.InnerException is { } inner)
        {
            cause = inner;
        }

        var message = cause.Message.Split('\n')[0].Trim();
        return cause switch
        {
            StartupFailure or PostgresBinariesNotFoundException => message,
            NpgsqlException => $"PostgreSQL does not answer: {message}",
            _ => $"Milestone could not start: {message}",
        };
    }
}

/// <summary>A reason not to start that the operator can act on, worded for them.</summary>
public sealed class StartupFailure(string message) : Exception(message);
