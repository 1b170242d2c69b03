namespace Milestone.Api.Projects;

/// <summary>Start, complete, reopen or cancel a task.</summary>
public sealed record ChangeProjectTaskStatus(Guid ProjectId, Guid TaskId, ProjectTaskStatus Status, Actor Actor) : IActorCommand;

public static class ChangeProjectTaskStatusHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static Events Handle(ChangeProjectTaskStatus command, [WriteAggregate] Project project, TimeProvider time) =>
        [.. project.ChangeTaskStatus(command.TaskId, command.Status, command.Actor, time.GetUtcNow())];
}
