namespace Milestone.Api.Projects;

/// <summary>Add a phase, last or before another.</summary>
public sealed record AddProjectPhase([NewId] Guid PhaseId, Guid ProjectId, string Name, DateOnly? StartDate, DateOnly? EndDate, Guid? BeforePhaseId, Actor Actor) : IActorCommand;

public static class AddProjectPhaseHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static Events Handle(AddProjectPhase command, [WriteAggregate] Project project, TimeProvider time) =>
        [.. project.AddPhase(command.PhaseId, command.Name, command.StartDate, command.EndDate, command.BeforePhaseId, command.Actor, time.GetUtcNow())];
}

/// <summary>Rename a phase or change its dates.</summary>
public sealed record ChangeProjectPhase(Guid ProjectId, Guid PhaseId, string Name, DateOnly? StartDate, DateOnly? EndDate, Actor Actor) : IActorCommand;

public static class ChangeProjectPhaseHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static Events Handle(ChangeProjectPhase command, [WriteAggregate] Project project, TimeProvider time) =>
        [.. project.ChangePhase(command.PhaseId, command.Name, command.StartDate, command.EndDate, command.Actor, time.GetUtcNow())];
}
