using Milestone.Api.Attachments;

namespace Milestone.Host.Database;

/// <summary>
/// A configured PostgreSQL that does not answer when the host starts is waited for, not a reason to exit
/// (decision 0022). Until it answers, the process serves on the host's own addresses: /health/live 200,
/// /health/ready 503 and, for anything else, the 503 UNAVAILABLE problem an outage gets later on. It tries
/// again every <see cref="RetryIntervalKey"/>, then starts the host as usual, in the same process.
/// </summary>
public static class WaitingForPostgres
{
    public const string RetryIntervalKey = "Milestone:Database:RetryInterval";

    private static readonly TimeSpan DefaultRetryInterval = TimeSpan.FromSeconds(5);

    /// <summary>Waits until every database answers: the main one and, where tenants are kept apart, each tenant's.</summary>
    /// <returns>False when the process was asked to stop while it waited.</returns>
    public static async Task<bool> UntilTheyAnswerAsync(string[] args, IReadOnlyList<string> connectionStrings, IConfiguration configuration, ILogger logger)
    {
        var unreachable = await FirstUnreachableAsync(connectionStrings, CancellationToken.None);
        if (unreachable is null)
        {
            return true;
        }

        var interval = configuration.GetValue(RetryIntervalKey, DefaultRetryInterval);
        logger.LogWarning(
            "PostgreSQL ({Database}) does not answer: {Reason}. The host waits for it and tries again every {Interval}; until then /health/ready answers 503 and every request 503 UNAVAILABLE",
            unreachable.Value.Database, unreachable.Value.Reason, interval);

        await using var standIn = StandIn(args);
        await standIn.StartAsync();
        var stopping = standIn.Lifetime.ApplicationStopping;
        try
        {
            while (unreachable is not null)
            {
                await Task.Delay(interval, stopping);
                var now = await FirstUnreachableAsync(connectionStrings, stopping);
                if (now is not null && now != unreachable)
                {
                    logger.LogWarning("PostgreSQL ({Database}) still does not answer: {Reason}", now.Value.Database, now.Value.Reason);
                }

                unreachable = now;
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            logger.LogInformation("Stopped while waiting for PostgreSQL");
            return false;
        }
        finally
        {
            await standIn.StopAsync();
        }

        logger.LogInformation("PostgreSQL answers for every database; starting");
        return true;
    }

    /// <summary>For a command, which does not wait: why the first database that does not answer does not, or null.</summary>
    public static async Task<string?> WhyNotAnsweringAsync(IReadOnlyList<string> connectionStrings) =>
        await FirstUnreachableAsync(connectionStrings, CancellationToken.None) is { } unreachable
            ? $"PostgreSQL ({unreachable.Database}) does not answer: {unreachable.Reason}"
            : null;

    private static async Task<(string Database, string Reason)?> FirstUnreachableAsync(IReadOnlyList<string> connectionStrings, CancellationToken cancellation)
    {
        foreach (var connectionString in connectionStrings)
        {
            if (await UnreachableBecauseAsync(connectionString, cancellation) is { } reason)
            {
                return (Describe(connectionString), reason);
            }
        }

        return null;
    }

    private static async Task<string?> UnreachableBecauseAsync(string connectionString, CancellationToken cancellation)
    {
        var probe = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timeout = 5 }.ConnectionString;
        try
        {
            await using var connection = new NpgsqlConnection(probe);
            await connection.OpenAsync(cancellation);
            return null;
        }
        catch (NpgsqlException unreachable)
        {
            return unreachable.InnerException is { } cause ? $"{unreachable.Message} ({cause.Message})" : unreachable.Message;
        }
    }

    private static string Describe(string connectionString)
    {
        var parts = new NpgsqlConnectionStringBuilder(connectionString);
        return $"{parts.Host}:{parts.Port}, database {parts.Database}";
    }

    /// <summary>What answers on the host's addresses while it waits.</summary>
    private static WebApplication StandIn(string[] args)
    {
        var app = WebApplication.CreateSlimBuilder(args).Build();
        app.MapGet("/health/live", () => Results.Text("Healthy"));
        app.MapGet("/health/ready", () => Results.Text("Unhealthy", statusCode: StatusCodes.Status503ServiceUnavailable));
        app.MapFallback(async http =>
        {
            http.Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await ProblemResponses.For(DatabaseOutage.Error).ExecuteAsync(http);
        });
        return app;
    }
}
