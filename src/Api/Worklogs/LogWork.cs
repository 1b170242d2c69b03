namespace Milestone.Api.Worklogs;

/// <summary>
/// Time an agent spent on a request. The key is the caller's, for this request only (<see cref="CallerKeys"/>):
/// a retry under it logs nothing twice, and the worklog's id is derived from it.
/// </summary>
public sealed record LogWork(Guid RequestId, Actor Actor, [IdempotencyKey("clientWorklogId")] string Key, DateOnly WorkDate, int Minutes, bool Billable, string? Note) : IActorCommand
{
    public Guid WorklogId => CallerKeys.WorklogId(RequestId, Actor, Key);
}

public static class LogWorkHandler
{
    public static Events Handle(LogWork command, [WriteAggregate] Request request, TimeProvider time) =>
        [.. request.LogWork(command.Actor, command.Key, command.WorkDate, command.Minutes, command.Billable, command.Note, time.GetUtcNow())];

    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();
}
