namespace Milestone.Api.Worklogs;

public sealed record CorrectWorklog(Guid RequestId, Actor Actor, Guid WorklogId, DateOnly WorkDate, int Minutes, bool Billable, string? Note) : IActorCommand;

public static class CorrectWorklogHandler
{
    public static Events Handle(CorrectWorklog command, [WriteAggregate] Request request, TimeProvider time) =>
        [.. request.CorrectWorklog(command.Actor, command.WorklogId, command.WorkDate, command.Minutes, command.Billable, command.Note, time.GetUtcNow())];

    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();
}
