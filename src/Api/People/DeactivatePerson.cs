using FluentValidation;
using Milestone.Domain.People;
using Wolverine.Marten;

namespace Milestone.Api.People;

public sealed record DeactivatePerson(Guid PersonId, Guid DeactivatedBy) : IAuditedCommand
{
    Guid? IAuditedCommand.AuditedPersonId => DeactivatedBy;
}

public sealed class DeactivatePersonValidator : AbstractValidator<DeactivatePerson>
{
    public DeactivatePersonValidator() => RuleFor(command => command.PersonId).NotEmpty();
}

public static class DeactivatePersonHandler
{
    public static Events Handle(DeactivatePerson command, [WriteAggregate] Person person, TimeProvider time) =>
        [.. person.Deactivate(command.DeactivatedBy, time.GetUtcNow())];
}
