namespace Milestone.Api.Requests;

/// <summary>Raise or lower the urgency, saying why.</summary>
public sealed record ChangeUrgency(Guid RequestId, [Name("version")] int SeenVersion, Actor Actor, Urgency Urgency, string Reason) : IRequestChange;

public static class ChangeUrgencyHandler
{
    public static Events Handle(ChangeUrgency command, [WriteAggregate] Request request, TimeProvider time) =>
        [.. request.UpToDateFor(command.Actor, command.SeenVersion).ChangeUrgency(command.Actor, command.Urgency, command.Reason, time.GetUtcNow())];

    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();
}
