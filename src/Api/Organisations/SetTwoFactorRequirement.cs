using Milestone.Domain.People;
using FluentValidation;
using Milestone.Domain.Organisations;
using Milestone.Projections.Organisations;
using Wolverine.Marten;

namespace Milestone.Api.Organisations;

public sealed record SetTwoFactorRequirement(Guid ClientId, bool Required, Guid ChangedBy) : IAuditedCommand
{
    Guid? IAuditedCommand.AuditedPersonId => ChangedBy;
}

public sealed class SetTwoFactorRequirementValidator : AbstractValidator<SetTwoFactorRequirement>
{
    public SetTwoFactorRequirementValidator()
    {
        RuleFor(command => command.ClientId).NotEmpty();
        RuleFor(command => command.ChangedBy).NotEmpty();
    }
}

public static class SetTwoFactorRequirementHandler
{
    public static Events Handle(
        SetTwoFactorRequirement command,
        [WriteAggregate(nameof(SetTwoFactorRequirement.ClientId))] ClientOrganisationDetails client,
        TimeProvider time) =>
        [.. TwoFactorRequirement.Set(client.Id, client.TwoFactorRequired, command.Required, command.ChangedBy, time.GetUtcNow())];
}
