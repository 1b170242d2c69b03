namespace Milestone.Api.Projects;

/// <summary>Start, hold, complete, reopen or cancel a project.</summary>
public sealed record ChangeProjectStatus(Guid ProjectId, ProjectStatus Status, string? Reason, Actor Actor) : IActorCommand;

public static class ChangeProjectStatusHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static Events Handle(ChangeProjectStatus command, [WriteAggregate] Project project, TimeProvider time) =>
        [.. project.ChangeStatus(command.Status, command.Reason, command.Actor, time.GetUtcNow())];
}
