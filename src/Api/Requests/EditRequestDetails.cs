namespace Milestone.Api.Requests;

/// <summary>The submitter rewords the request before work begins.</summary>
public sealed record EditRequestDetails(Guid RequestId, [Name("version")] int SeenVersion, Actor Actor, string Title, string? Description) : IRequestChange;

public static class EditRequestDetailsHandler
{
    public static Events Handle(EditRequestDetails command, [WriteAggregate] Request request, TimeProvider time) =>
        [.. request.UpToDateFor(command.Actor, command.SeenVersion).EditDetails(command.Actor, command.Title, command.Description, time.GetUtcNow())];

    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();
}
