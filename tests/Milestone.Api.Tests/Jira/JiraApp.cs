using Milestone.Api.Tests.Infrastructure;

namespace Milestone.Api.Tests.Jira;

/// <summary>
/// The host beside a fake Jira, with failed calls retried after a fifth of a second instead of minutes
/// and scheduled messages looked for every second, so retries and Retry-After finish quickly.
/// </summary>
public sealed class JiraApp : MilestoneApp, IAsyncLifetime
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
    ];

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Jira.DisposeAsync();
    }
}
