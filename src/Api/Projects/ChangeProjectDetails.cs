namespace Milestone.Api.Projects;

/// <summary>Rename a project, describe it again (no description keeps the one it has), or move its dates (its phases must still fit).</summary>
public sealed record ChangeProjectDetails(Guid ProjectId, string Name, string? Description, DateOnly StartDate, DateOnly? EndDate, Actor Actor) : IActorCommand;

public static class ChangeProjectDetailsHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static Events Handle(ChangeProjectDetails command, [WriteAggregate] Project project, TimeProvider time) =>
        [.. project.ChangeDetails(new ProjectDetails(command.Name, command.Description ?? project.Description, command.StartDate, command.EndDate), command.Actor, time.GetUtcNow())];
}
