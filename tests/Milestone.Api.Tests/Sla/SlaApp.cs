namespace Milestone.Api.Tests.Sla;

/// <summary>
/// The host for SLA scenarios, which move the clock on by hours and days: access tokens last long
/// enough to outlive that and are signed with a key that outlives a restart, and scheduled deadlines
/// are looked for every second.
/// </summary>
public sealed class SlaApp : MilestoneApp
{
    protected override IEnumerable<(string Key, string Value)> Settings =>
    [
        ("Milestone:Auth:AccessTokenLifetime", "60.00:00:00"),
        ("Milestone:ScheduledMessagePolling", "00:00:01"),
        ("Milestone:Auth:SigningKey", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("a signing key that outlives a restart of the test host"))),
    ];
}
