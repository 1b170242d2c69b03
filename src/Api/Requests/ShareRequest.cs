namespace Milestone.Api.Requests;

/// <summary>Let another person of the same client follow the request.</summary>
public sealed record ShareRequest(Guid RequestId, [Name("version")] int SeenVersion, Actor Actor, Guid PersonId) : IRequestChange;

public static class ShareRequestHandler
{
    public static Task<NamedPerson?> LoadAsync(ShareRequest command, IQuerySession session, CancellationToken cancellation) =>
        session.NamedPersonAsync(command.PersonId, cancellation);

    public static Events Handle(ShareRequest command, [WriteAggregate] Request request, NamedPerson? person, TimeProvider time) =>
        [.. request.UpToDateFor(command.Actor, command.SeenVersion).Share(command.Actor, command.PersonId, person, time.GetUtcNow())];

    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();
}
