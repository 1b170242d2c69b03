namespace Milestone.Api.Worklogs;

/// <summary>
/// Time an agent spent on a request. The key is the caller's, for this request only (<see cref="CallerKeys"/>):
/// a retry under it logs nothing twice, and the worklog's id is derived from it. Naming a project task counts the
/// time toward it, whatever task the request itself is on.
/// </summary>
public sealed record LogWork(
    Guid RequestId, Actor Actor, [IdempotencyKey("clientWorklogId")] string Key, DateOnly WorkDate, int Minutes, bool Billable, string? Note, ProjectTaskLink? ProjectTask = null)
    : IActorCommand
{
    public Guid WorklogId => CallerKeys.WorklogId(RequestId, Actor, Key);
}

public static class LogWorkHandler
{
    public static async Task<Project?> LoadAsync(LogWork command, IQuerySession session, CancellationToken cancellation) =>
        command.ProjectTask is { } named ? await session.LoadAsync<Project>(named.ProjectId, cancellation) : null;

    public static Events Handle(LogWork command, [WriteAggregate] Request request, Project? project, TimeProvider time) =>
        [.. request.LogWork(command.Actor, command.Key, command.WorkDate, command.Minutes, command.Billable, command.Note, time.GetUtcNow(), command.ProjectTask, project)];

    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();
}
