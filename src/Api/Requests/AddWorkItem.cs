namespace Milestone.Api.Requests;

/// <summary>Add a child task to the request, perhaps for someone in particular.</summary>
public sealed record AddWorkItem(Guid RequestId, [Name("version")] int SeenVersion, Actor Actor, [NewId] Guid WorkItemId, string Title, Guid? AssigneeId) : IRequestChange;

public static class AddWorkItemHandler
{
    public static Task<NamedPerson?> LoadAsync(AddWorkItem command, IQuerySession session, CancellationToken cancellation) =>
        session.NamedPersonAsync(command.AssigneeId, cancellation);

    public static Events Handle(AddWorkItem command, [WriteAggregate] Request request, NamedPerson? assignee, TimeProvider time) =>
        [.. request.UpToDateFor(command.Actor, command.SeenVersion).AddWorkItem(command.Actor, command.WorkItemId, command.Title, command.AssigneeId, assignee, time.GetUtcNow())];

    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();
}
