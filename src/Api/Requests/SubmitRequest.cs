using FluentValidation;
using Milestone.Domain.Requests;
using Wolverine.Marten;

namespace Milestone.Api.Requests;

public sealed record SubmitRequest(
    Guid RequestId,
    Guid ClientId,
    Guid SubmittedBy,
    string Title,
    string? Description,
    Urgency Urgency);

public sealed class SubmitRequestValidator : AbstractValidator<SubmitRequest>
{
    public SubmitRequestValidator()
    {
        RuleFor(command => command.RequestId).NotEmpty();
        RuleFor(command => command.ClientId).NotEmpty();
        RuleFor(command => command.SubmittedBy).NotEmpty();
        RuleFor(command => command.Title)
            .Must(title => !string.IsNullOrWhiteSpace(title)).WithMessage("Title is required.")
            .MaximumLength(RequestRules.TitleMaxLength);
        RuleFor(command => command.Description).MaximumLength(RequestRules.DescriptionMaxLength);
        RuleFor(command => command.Urgency).IsInEnum();
    }
}

public static class SubmitRequestHandler
{
    public static IStartStream Handle(SubmitRequest command, TimeProvider time) =>
        MartenOps.StartStream<Request>(
            command.RequestId,
            Request.Submit(
                command.RequestId,
                command.ClientId,
                command.SubmittedBy,
                command.Title,
                command.Description,
                command.Urgency,
                time.GetUtcNow()));
}
