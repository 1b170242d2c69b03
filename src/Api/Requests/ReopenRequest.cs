namespace Milestone.Api.Requests;

/// <summary>Open a completed request again: by its client within the reopen window, by staff at any time.</summary>
public sealed record ReopenRequest(Guid RequestId, [Name("version")] int SeenVersion, Actor Actor, string Reason) : IRequestChange;

public static class ReopenRequestHandler
{
    public static Events Handle(ReopenRequest command, [WriteAggregate] Request request, IOptions<RequestSettings> settings, TimeProvider time) =>
        [.. request.UpToDateFor(command.Actor, command.SeenVersion).Reopen(command.Actor, command.Reason, settings.Value.ClientReopenWindow, time.GetUtcNow())];

    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();
}
