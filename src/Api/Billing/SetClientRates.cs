using Milestone.Domain.Billing;

namespace Milestone.Api.Billing;

/// <summary>Set the rates a client without an hour bank pays for its time, from now on.</summary>
public sealed record SetClientRates(
    Guid ClientId,
    string Currency,
    int IncrementMinutes,
    decimal HourlyRate,
    IReadOnlyList<ServiceRate>? ServiceRates,
    IReadOnlyList<RoleRate>? RoleRates,
    Actor Actor) : IClientOrganisationChange;

public static class SetClientRatesHandler
{
    public static Events Handle(SetClientRates command, [WriteAggregate(nameof(SetClientRates.ClientId))] ClientOrganisationDetails client, TimeProvider time) =>
        [.. ClientRates.Set(
            client.Id,
            client.Rates,
            new RateCard(command.Currency, command.IncrementMinutes, command.HourlyRate, command.ServiceRates ?? [], command.RoleRates ?? []),
            command.Actor,
            time.GetUtcNow())];
}
