namespace Milestone.Api.Sla;

public sealed record DefineSlaPolicy(
    [NewId] Guid PolicyId,
    bool IsDefault,
    string Name,
    Guid CalendarId,
    TimeZoneSource TimeZoneSource,
    int AtRiskPercent,
    IReadOnlyList<SlaTargetsInput> Targets,
    Actor Actor) : IActorCommand
{
    public SlaPolicySettings Settings => SlaPolicyInput.Settings(Name, CalendarId, TimeZoneSource, AtRiskPercent, Targets);
}

public static class DefineSlaPolicyHandler
{
    /// <summary>
    /// The default check reads the policies as they stand; two administrators defining a default at the same
    /// moment could both pass it, which the policy list would show at once.
    /// </summary>
    public static async Task<IStartStream> Handle(DefineSlaPolicy command, IDocumentSession session, TimeProvider time, CancellationToken cancellation) =>
        MartenOps.StartStream<SlaPolicy>(
            command.PolicyId,
            SlaPolicy.Define(
                command.PolicyId,
                command.IsDefault,
                command.Settings,
                command.Actor,
                time.GetUtcNow(),
                calendarExists: await session.CalendarExistsAsync(command.CalendarId, cancellation),
                defaultExists: await session.Query<SlaPolicy>().AnyAsync(existing => existing.IsDefault, cancellation)));
}

public static class SlaCalendars
{
    public static async Task<bool> CalendarExistsAsync(this IQuerySession session, Guid calendarId, CancellationToken cancellation) =>
        await session.LoadAsync<BusinessCalendarDefinition>(calendarId, cancellation) is not null;
}
