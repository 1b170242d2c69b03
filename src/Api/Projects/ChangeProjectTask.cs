namespace Milestone.Api.Projects;

/// <summary>Change what a task says (no description keeps the one it has) or its estimate, or move it to another phase.</summary>
public sealed record ChangeProjectTask(Guid ProjectId, Guid TaskId, Guid PhaseId, string Title, string? Description, int EstimateMinutes, Actor Actor) : IActorCommand;

public static class ChangeProjectTaskHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static Events Handle(ChangeProjectTask command, [WriteAggregate] Project project, TimeProvider time) =>
        [.. project.ChangeTask(command.TaskId, command.PhaseId, command.Title, command.Description ?? project.DescriptionOf(command.TaskId), command.EstimateMinutes, command.Actor, time.GetUtcNow())];
}
