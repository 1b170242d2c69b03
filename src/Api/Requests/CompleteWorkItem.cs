using FluentValidation;
using Milestone.Domain.People;
using Milestone.Domain.Requests;
using Wolverine.Marten;

namespace Milestone.Api.Requests;

public sealed record CompleteWorkItem(Guid RequestId, int Version, Actor Actor, Guid WorkItemId) : IActorCommand;

public sealed class CompleteWorkItemValidator : AbstractValidator<CompleteWorkItem>
{
    public CompleteWorkItemValidator()
    {
        RuleFor(command => command.RequestId).NotEmpty();
        RuleFor(command => command.WorkItemId).NotEmpty();
    }
}

public static class CompleteWorkItemHandler
{
    public static Events Handle(CompleteWorkItem command, [WriteAggregate] Request request, TimeProvider time) =>
        [.. request.CompleteWorkItem(command.Actor, command.WorkItemId, time.GetUtcNow())];
}
