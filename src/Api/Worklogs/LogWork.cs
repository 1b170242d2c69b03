using FluentValidation;
using Milestone.Api.Requests;
using Milestone.Domain.People;
using Milestone.Domain.Requests;
using Wolverine.Marten;
using Wolverine.Runtime.Handlers;

namespace Milestone.Api.Worklogs;

/// <summary>Time an agent spent on a request. The caller may choose the worklog id, so a retry logs nothing twice.</summary>
public sealed record LogWork(Guid RequestId, Actor Actor, Guid WorklogId, DateOnly WorkDate, int Minutes, bool Billable, string? Note);

public sealed class LogWorkValidator : AbstractValidator<LogWork>
{
    public LogWorkValidator()
    {
        RuleFor(command => command.RequestId).NotEmpty();
        RuleFor(command => command.WorklogId).NotEmpty();
        RuleFor(command => command.Note).MaximumLength(Request.WorklogNoteMaxLength);
    }
}

public static class LogWorkHandler
{
    public static Events Handle(LogWork command, [WriteAggregate] Request request, TimeProvider time) =>
        [.. request.LogWork(command.Actor, command.WorklogId, command.WorkDate, command.Minutes, command.Billable, command.Note, time.GetUtcNow())];

    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();
}
