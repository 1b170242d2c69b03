using FluentValidation;
using Milestone.Domain.People;
using Milestone.Domain.Requests;
using Wolverine.Marten;

namespace Milestone.Api.Requests;

public sealed record AddWorkItem(Guid RequestId, int Version, Actor Actor, Guid WorkItemId, string Title, Guid? AssigneeId) : IActorCommand;

public sealed class AddWorkItemValidator : AbstractValidator<AddWorkItem>
{
    public AddWorkItemValidator()
    {
        RuleFor(command => command.RequestId).NotEmpty();
        RuleFor(command => command.WorkItemId).NotEmpty();
        RuleFor(command => command.Title)
            .Must(title => !string.IsNullOrWhiteSpace(title)).WithMessage("Title is required.")
            .MaximumLength(Request.WorkItemTitleMaxLength);
    }
}

public static class AddWorkItemHandler
{
    public static Events Handle(AddWorkItem command, [WriteAggregate] Request request, TimeProvider time) =>
        [.. request.AddWorkItem(command.Actor, command.WorkItemId, command.Title, command.AssigneeId, time.GetUtcNow())];
}
