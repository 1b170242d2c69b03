using Wolverine.ErrorHandling;

namespace Milestone.Api;

/// <summary>
/// A handler that meets PostgreSQL down or restarting has done nothing (its transaction never committed), so
/// it is tried again: a few times at once, then from the durable inbox for up to about an hour, which rides out
/// a restart, a fail-over or a maintenance window. Without this, forwarded events and timers spent the
/// retries written for concurrency conflicts during an outage and went to the dead letters, and worklogs
/// never reached the hour bank (the fault suite found it, docs/reliability.md).
/// </summary>
public static class DatabaseOutageRetries
{
    /// <summary>
    /// Replaces the hour of durable retries with a schedule of one's own (<c>Milestone:OutageRetrySchedule:0</c>, <c>:1</c>, …):
    /// the fault suite sets seconds, so that a failure that never clears reaches the dead letters while it watches.
    /// </summary>
    public const string ScheduleSetting = "Milestone:OutageRetrySchedule";

    private static readonly TimeSpan[] AboutAnHour =
    [
        TimeSpan.FromSeconds(5),
        TimeSpan.FromSeconds(10),
        TimeSpan.FromSeconds(30),
        TimeSpan.FromMinutes(1),
        TimeSpan.FromMinutes(2),
        TimeSpan.FromMinutes(5),
        TimeSpan.FromMinutes(10),
        TimeSpan.FromMinutes(15),
        TimeSpan.FromMinutes(30),
    ];

    public static WolverineOptions RetryDatabaseOutagesDurably(this WolverineOptions options, TimeSpan[]? schedule = null)
    {
        options.Policies.OnException(DatabaseOutage.Caused)
            .RetryWithCooldown(TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2))
            .Then.ScheduleRetry(schedule is { Length: > 0 } ? schedule : AboutAnHour);
        return options;
    }
}
