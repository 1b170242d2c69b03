namespace Milestone.Domain.Projects;

/// <summary>A project's phases, in order, each with its own dates inside the project's.</summary>
public sealed partial record Project
{
    public const int PhaseNameMaxLength = 200;

    /// <summary>Adds a phase before <paramref name="beforePhaseId"/>, or last; adding the same phase again changes nothing.</summary>
    public IEnumerable<object> AddPhase(Guid phaseId, string name, DateOnly? startDate, DateOnly? endDate, Guid? beforePhaseId, Actor actor, DateTimeOffset now)
    {
        RequireManager(actor);
        if (Phase(phaseId) is not null)
        {
            return [];
        }

        RequireOpen("change");
        var phase = ValidPhase(phaseId, name, startDate, endDate);
        if (Phases.Count >= MaxPhases)
        {
            throw new CommandRejected(Rejection.Invalid, $"A project has at most {MaxPhases} phases.");
        }

        var position = beforePhaseId is { } before
            ? Phase(before) is { } next ? Phases.IndexOf(next) : throw NoSuchPhase("beforePhaseId")
            : Phases.Count;
        return [new PhaseAdded(Id, ClientId, phaseId, phase.Name, phase.StartDate, phase.EndDate, position, actor.PersonId, now)];
    }

    public IEnumerable<object> ChangePhase(Guid phaseId, string name, DateOnly? startDate, DateOnly? endDate, Actor actor, DateTimeOffset now)
    {
        RequireManager(actor);
        var current = Phase(phaseId) ?? throw NoSuchPhase("phaseId");
        RequireOpen("change");
        var phase = ValidPhase(phaseId, name, startDate, endDate);
        return phase == current ? [] : [new PhaseChanged(Id, ClientId, phaseId, phase.Name, phase.StartDate, phase.EndDate, actor.PersonId, now)];
    }

    private ProjectPhase ValidPhase(Guid phaseId, string name, DateOnly? startDate, DateOnly? endDate)
    {
        var phase = new ProjectPhase(phaseId, ProjectText.Required(name, "name", PhaseNameMaxLength, "Give the phase a name."), startDate, endDate);
        ProjectText.RequireDates(startDate, endDate, "startDate", "endDate");
        if (!Within(startDate, endDate, new ProjectDetails(Name, Description, StartDate, EndDate)))
        {
            throw new CommandRejected(Rejection.Invalid, "A phase runs within the project's dates.", startDate < StartDate || startDate > EndDate ? "startDate" : "endDate");
        }

        return phase;
    }

    private static CommandRejected NoSuchPhase(string field) => new(Rejection.NotFound, "The project has no such phase.", field);
}
