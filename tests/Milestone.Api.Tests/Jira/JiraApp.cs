namespace Milestone.Api.Tests.Jira;

/// <summary>
/// The host beside a fake Jira, with failed calls retried after a fifth of a second instead of minutes
/// (three seconds after a create whose answer was lost, for Jira's search to catch up) and scheduled
/// messages looked for every second, so retries and Retry-After finish quickly.
/// </summary>
public class JiraApp : MilestoneApp, IAsyncLifetime
{
    public FakeJira Jira { get; } = FakeJira.Start();

    protected override IEnumerable<(string Key, string Value)> Settings =>
    [
        ("Milestone:Auth:AccessTokenLifetime", "60.00:00:00"),
        ("Milestone:ScheduledMessagePolling", "00:00:01"),
        ("Milestone:Jira:RetryDelays:0", "00:00:00.200"),
        ("Milestone:Jira:RetryDelays:1", "00:00:00.200"),
        ("Milestone:Jira:RetryDelays:2", "00:00:00.500"),
        ("Milestone:Jira:ReconcileEvery", "1.00:00:00"),
        ("Milestone:Jira:SearchIndexLag", "00:00:03"),
    ];

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Jira.DisposeAsync();
    }
}

/// <summary>
/// A Jira host whose circuit breaker opens after three failed calls and stays open for three seconds,
/// with enough retries that no call is dead-lettered while Jira is down for a test.
/// </summary>
public sealed class JiraCircuitApp : JiraApp
{
    public static readonly TimeSpan CircuitPause = TimeSpan.FromSeconds(3);

    protected override IEnumerable<(string Key, string Value)> Settings =>
    [
        .. base.Settings,
        ("Milestone:Jira:RetryDelays:3", "00:00:00.500"),
        ("Milestone:Jira:RetryDelays:4", "00:00:01"),
        ("Milestone:Jira:RetryDelays:5", "00:00:01"),
        ("Milestone:Jira:RetryDelays:6", "00:00:01"),
        ("Milestone:Jira:RetryDelays:7", "00:00:01"),
        ("Milestone:Jira:CircuitMinimumCalls", "3"),
        ("Milestone:Jira:CircuitFailurePercentage", "50"),
        ("Milestone:Jira:CircuitTrackingPeriod", "00:01:00"),
        ("Milestone:Jira:CircuitPause", CircuitPause.ToString()),
    ];
}
