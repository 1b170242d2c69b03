namespace Milestone.Api.Requests;

/// <summary>Stop sharing the request with a person.</summary>
public sealed record UnshareRequest(Guid RequestId, [Name("version")] int SeenVersion, Actor Actor, Guid PersonId) : IRequestChange;

public static class UnshareRequestHandler
{
    public static Task<NamedPerson?> LoadAsync(UnshareRequest command, IQuerySession session, CancellationToken cancellation) =>
        session.NamedPersonAsync(command.PersonId, cancellation);

    public static Events Handle(UnshareRequest command, [WriteAggregate] Request request, NamedPerson? person, TimeProvider time) =>
        [.. request.UpToDateFor(command.Actor, command.SeenVersion).Unshare(command.Actor, command.PersonId, person, time.GetUtcNow())];

    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();
}
