namespace Milestone.Api.Sla;

/// <summary>A new version of a policy: requests submitted from now on count under it, running clocks keep theirs.</summary>
public sealed record ReviseSlaPolicy(
    [Name("id")] Guid PolicyId,
    int Version,
    string Name,
    Guid CalendarId,
    TimeZoneSource TimeZoneSource,
    int AtRiskPercent,
    IReadOnlyList<SlaTargetsInput> Targets,
    Actor Actor) : IActorCommand
{
    public SlaPolicySettings Settings => SlaPolicyInput.Settings(Name, CalendarId, TimeZoneSource, AtRiskPercent, Targets);
}

public static class ReviseSlaPolicyHandler
{
    public static async Task<Events> Handle(
        ReviseSlaPolicy command,
        [WriteAggregate(nameof(ReviseSlaPolicy.PolicyId))] SlaPolicy policy,
        IDocumentSession session,
        TimeProvider time,
        CancellationToken cancellation) =>
        [.. policy.Revise(command.Settings, command.Actor, time.GetUtcNow(), calendarExists: await session.CalendarExistsAsync(command.CalendarId, cancellation))];
}
