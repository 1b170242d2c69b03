using Milestone.Domain.People;
using FluentValidation;
using Marten;
using Milestone.Domain.Organisations;
using Milestone.Domain.Rules;
using Milestone.Domain.Sla;
using Milestone.Projections.Organisations;
using Wolverine.Marten;

namespace Milestone.Api.Organisations;

/// <summary>Give a client an SLA policy of its own, or (with no policy) return it to the default one.</summary>
public sealed record ChooseClientSlaPolicy(Guid ClientId, Guid? PolicyId, Guid ChosenBy) : IAuditedCommand
{
    Guid? IAuditedCommand.AuditedPersonId => ChosenBy;
}

public sealed class ChooseClientSlaPolicyValidator : AbstractValidator<ChooseClientSlaPolicy>
{
    public ChooseClientSlaPolicyValidator()
    {
        RuleFor(command => command.ClientId).NotEmpty();
        RuleFor(command => command.ChosenBy).NotEmpty();
    }
}

public static class ChooseClientSlaPolicyHandler
{
    public static async Task<Events> Handle(
        ChooseClientSlaPolicy command,
        [WriteAggregate(nameof(ChooseClientSlaPolicy.ClientId))] ClientOrganisationDetails client,
        IDocumentSession session,
        TimeProvider time,
        CancellationToken cancellation)
    {
        if (command.PolicyId is { } policyId && await session.LoadAsync<SlaPolicy>(policyId, cancellation) is null)
        {
            throw new CommandRejected(Rejection.NotFound, "There is no such SLA policy.", "policyId");
        }

        return [.. ClientSlaPolicy.Choose(client.Id, client.SlaPolicyId, command.PolicyId, command.ChosenBy, time.GetUtcNow())];
    }
}
