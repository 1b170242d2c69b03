namespace Milestone.Api.Projects;

/// <summary>Add a task to a phase, with its estimate and optionally who does it.</summary>
public sealed record AddProjectTask(
    [NewId] Guid TaskId, Guid ProjectId, Guid PhaseId, string Title, string? Description, int EstimateMinutes, Guid? AssigneeId, Actor Actor) : IActorCommand;

public static class AddProjectTaskHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static Task<NamedPerson?> LoadAsync(AddProjectTask command, IQuerySession session, CancellationToken cancellation) =>
        session.NamedPersonAsync(command.AssigneeId, cancellation);

    public static Events Handle(AddProjectTask command, [WriteAggregate] Project project, NamedPerson? assignee, TimeProvider time) =>
        [.. project.AddTask(
            command.TaskId, command.PhaseId, command.Title, command.Description, command.EstimateMinutes, command.AssigneeId, assignee, command.Actor, time.GetUtcNow())];
}
