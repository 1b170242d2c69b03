namespace Milestone.Api.Projects;

/// <summary>Give a task to someone on the delivery staff, or (no assignee) take it from them.</summary>
public sealed record AssignProjectTask(Guid ProjectId, Guid TaskId, Guid? AssigneeId, Actor Actor) : IActorCommand;

public static class AssignProjectTaskHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static Task<NamedPerson?> LoadAsync(AssignProjectTask command, IQuerySession session, CancellationToken cancellation) =>
        session.NamedPersonAsync(command.AssigneeId, cancellation);

    public static Events Handle(AssignProjectTask command, [WriteAggregate] Project project, NamedPerson? assignee, TimeProvider time) =>
        [.. project.AssignTask(command.TaskId, command.AssigneeId, assignee, command.Actor, time.GetUtcNow())];
}
