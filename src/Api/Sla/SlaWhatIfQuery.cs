namespace Milestone.Api.Sla;

/// <summary>
/// The client's requests submitted in the period, their clocks as they ran and their histories replayed under a proposed
/// policy, side by side (docs/sla.md). Writes nothing.
/// </summary>
public sealed record TrySlaPolicy(Guid ClientId, SlaPolicyInput Policy, DateTimeOffset From, DateTimeOffset To, Actor Actor) : IActorCommand;

public sealed record SlaWhatIfReport(int Requests, SlaWhatIfFigures Actual, SlaWhatIfFigures Proposed);

public static class TrySlaPolicyHandler
{
    public static async Task<SlaWhatIfReport> Handle(TrySlaPolicy command, IQuerySession session, TimeProvider time, CancellationToken cancellation)
    {
        SlaWhatIf.RequireAnalyst(command.Actor, command.ClientId);
        SlaWhatIf.RequirePeriod(command.From, command.To);
        var client = await session.LoadAsync<ClientOrganisationDetails>(command.ClientId, cancellation) ?? throw new CommandRejected(Rejection.NotFound, "There is no such client.", "clientId");
        var input = command.Policy;
        var calendarId = Guid.TryParse(input.CalendarId, out var id) ? id : Guid.Empty;
        var calendar = await session.LoadAsync<BusinessCalendarDefinition>(calendarId, cancellation);
        var proposed = SlaPolicy.Proposed(SlaPolicyInput.Settings(input.Name, calendarId, input.TimeZoneSource, input.AtRiskPercent, input.Targets), calendar is not null);
        var requests = await session.Query<RequestDetails>()
            .Where(request => request.ClientId == command.ClientId && request.SubmittedAt >= command.From && request.SubmittedAt < command.To)
            .Take(SlaWhatIf.MaxRequests + 1)
            .ToListAsync(cancellation);
        if (requests.Count > SlaWhatIf.MaxRequests)
        {
            throw new CommandRejected(Rejection.Invalid, $"More than {SlaWhatIf.MaxRequests:N0} requests were submitted in the period; try a shorter one.", "from");
        }

        var zones = (await session.Query<Location>().Where(location => location.ClientId == command.ClientId).ToListAsync(cancellation))
            .ToDictionary(location => location.Id, location => location.TimeZone);
        var histories = await session.ReadAsync([.. requests.Select(request => request.Id), .. requests.Select(request => SlaClock.IdFor(request.Id))], cancellation);
        var now = time.GetUtcNow();
        var actual = new List<SlaTargetOutcome>();
        var replayed = new List<SlaTargetOutcome>();
        foreach (var request in requests)
        {
            var zone = request.LocationId is { } locationId ? zones.GetValueOrDefault(locationId) ?? client.TimeZone : client.TimeZone;
            actual.AddRange(SlaTargetOutcome.Of(histories.GetValueOrDefault(SlaClock.IdFor(request.Id), [])));
            replayed.AddRange(SlaTargetOutcome.Of(SlaReplay.Replay(histories.GetValueOrDefault(request.Id, []), proposed.Terms(calendar!.Calendar, zone), now)));
        }

        return new SlaWhatIfReport(requests.Count, SlaWhatIfFigures.Of(actual), SlaWhatIfFigures.Of(replayed));
    }
}
