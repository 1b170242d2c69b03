using FluentValidation;
using Milestone.Domain.People;
using Milestone.Domain.Requests;
using Wolverine.Marten;

namespace Milestone.Api.Requests;

/// <summary>The submitter rewords the request before work begins.</summary>
public sealed record EditRequestDetails(Guid RequestId, int Version, Actor Actor, string Title, string? Description) : IActorCommand;

public sealed class EditRequestDetailsValidator : AbstractValidator<EditRequestDetails>
{
    public EditRequestDetailsValidator()
    {
        RuleFor(command => command.RequestId).NotEmpty();
        RuleFor(command => command.Title)
            .Must(title => !string.IsNullOrWhiteSpace(title)).WithMessage("Title is required.")
            .MaximumLength(RequestRules.TitleMaxLength);
        RuleFor(command => command.Description).MaximumLength(RequestRules.DescriptionMaxLength);
    }
}

public static class EditRequestDetailsHandler
{
    public static Events Handle(EditRequestDetails command, [WriteAggregate] Request request, TimeProvider time) =>
        [.. request.EditDetails(command.Actor, command.Title, command.Description, time.GetUtcNow())];
}
