namespace Milestone.Api.Projects;

/// <summary>Make a request work on a project task: its time counts toward the task.</summary>
public sealed record LinkRequestToProjectTask(Guid RequestId, [Name("version")] int SeenVersion, ProjectTaskLink ProjectTask, Actor Actor) : IRequestChange;

public static class LinkRequestToProjectTaskHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static Task<Project?> LoadAsync(LinkRequestToProjectTask command, IQuerySession session, CancellationToken cancellation) =>
        session.LoadAsync<Project>(command.ProjectTask.ProjectId, cancellation);

    public static Events Handle(LinkRequestToProjectTask command, [WriteAggregate] Request request, Project? project, TimeProvider time) =>
        [.. request.UpToDateFor(command.Actor, command.SeenVersion).LinkToProjectTask(command.Actor, command.ProjectTask, project, time.GetUtcNow())];
}

/// <summary>The request is no longer work on a project.</summary>
public sealed record UnlinkRequestFromProjectTask(Guid RequestId, [Name("version")] int SeenVersion, Actor Actor) : IRequestChange;

public static class UnlinkRequestFromProjectTaskHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static Events Handle(UnlinkRequestFromProjectTask command, [WriteAggregate] Request request, TimeProvider time) =>
        [.. request.UpToDateFor(command.Actor, command.SeenVersion).UnlinkFromProjectTask(command.Actor, time.GetUtcNow())];
}
