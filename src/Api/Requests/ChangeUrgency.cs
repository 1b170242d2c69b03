using FluentValidation;
using Milestone.Domain.People;
using Milestone.Domain.Requests;
using Wolverine.Marten;

namespace Milestone.Api.Requests;

/// <summary>Raise or lower the urgency, saying why.</summary>
public sealed record ChangeUrgency(Guid RequestId, int Version, Actor Actor, Urgency Urgency, string Reason) : IActorCommand;

public sealed class ChangeUrgencyValidator : AbstractValidator<ChangeUrgency>
{
    public ChangeUrgencyValidator()
    {
        RuleFor(command => command.RequestId).NotEmpty();
        RuleFor(command => command.Urgency).IsInEnum();
        RuleFor(command => command.Reason).IsAReason();
    }
}

public static class ChangeUrgencyHandler
{
    public static Events Handle(ChangeUrgency command, [WriteAggregate] Request request, TimeProvider time) =>
        [.. request.ChangeUrgency(command.Actor, command.Urgency, command.Reason, time.GetUtcNow())];
}
