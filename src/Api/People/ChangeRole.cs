using FluentValidation;
using Milestone.Domain.People;
using Wolverine.Marten;

namespace Milestone.Api.People;

public sealed record ChangeRole(Guid PersonId, Role Role, Guid ChangedBy) : IAuditedCommand
{
    Guid? IAuditedCommand.AuditedPersonId => ChangedBy;
}

public sealed class ChangeRoleValidator : AbstractValidator<ChangeRole>
{
    public ChangeRoleValidator()
    {
        RuleFor(command => command.PersonId).NotEmpty();
        RuleFor(command => command.Role).IsInEnum();
    }
}

public static class ChangeRoleHandler
{
    public static Events Handle(ChangeRole command, [WriteAggregate] Person person, TimeProvider time) =>
        [.. person.ChangeRole(command.Role, command.ChangedBy, time.GetUtcNow())];
}
