using FluentValidation;
using Milestone.Domain.People;
using Wolverine.Marten;

namespace Milestone.Api.People;

/// <summary>Limit a staff member to these clients; null lifts the limit.</summary>
public sealed record ScopeStaffToClients(Guid PersonId, IReadOnlyList<Guid>? ClientIds, Guid ChangedBy) : IAuditedCommand
{
    Guid? IAuditedCommand.AuditedPersonId => ChangedBy;
}

public sealed class ScopeStaffToClientsValidator : AbstractValidator<ScopeStaffToClients>
{
    public ScopeStaffToClientsValidator()
    {
        RuleFor(command => command.PersonId).NotEmpty();
        RuleFor(command => command.ClientIds).Must(ids => ids is null || ids.Count <= 1_000).WithMessage("At most 1,000 clients.");
    }
}

public static class ScopeStaffToClientsHandler
{
    public static Events Handle(ScopeStaffToClients command, [WriteAggregate] Person person, TimeProvider time) =>
        [.. person.ScopeToClients(command.ClientIds, command.ChangedBy, time.GetUtcNow())];
}
