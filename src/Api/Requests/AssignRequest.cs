namespace Milestone.Api.Requests;

/// <summary>Give the request to an agent, or take it from whoever has it (no assignee).</summary>
public sealed record AssignRequest(Guid RequestId, [Name("version")] int SeenVersion, Actor Actor, Guid? AssigneeId) : IRequestChange;

public static class AssignRequestHandler
{
    public static Task<NamedPerson?> LoadAsync(AssignRequest command, IQuerySession session, CancellationToken cancellation) =>
        session.NamedPersonAsync(command.AssigneeId, cancellation);

    public static Events Handle(AssignRequest command, [WriteAggregate] Request request, NamedPerson? assignee, TimeProvider time) =>
        [.. request.UpToDateFor(command.Actor, command.SeenVersion).Assign(command.Actor, command.AssigneeId, assignee, time.GetUtcNow())];

    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();
}
