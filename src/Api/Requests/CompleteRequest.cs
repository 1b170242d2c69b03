using FluentValidation;
using Milestone.Domain.People;
using Milestone.Domain.Requests;
using Wolverine.Marten;

namespace Milestone.Api.Requests;

/// <summary>Mark the work done.</summary>
public sealed record CompleteRequest(Guid RequestId, int Version, Actor Actor, string? OverrideReason) : IActorCommand;

public sealed class CompleteRequestValidator : AbstractValidator<CompleteRequest>
{
    public CompleteRequestValidator()
    {
        RuleFor(command => command.RequestId).NotEmpty();
        RuleFor(command => command.OverrideReason).MaximumLength(RequestChangeValidation.ReasonMaxLength);
    }
}

public static class CompleteRequestHandler
{
    public static Events Handle(CompleteRequest command, [WriteAggregate] Request request, TimeProvider time) =>
        [.. request.Complete(command.Actor, command.OverrideReason, time.GetUtcNow())];
}
