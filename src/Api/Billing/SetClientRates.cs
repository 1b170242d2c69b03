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

/// <summary>A client's first rate card starts the closing of its months, as an hour bank does.</summary>
public static class SetClientRatesHandler
{
    public static (Events, OutgoingMessages) Handle(
        SetClientRates command, [WriteAggregate(nameof(SetClientRates.ClientId))] ClientOrganisationDetails client, IOptions<BillingSettings> billing, TimeProvider time)
    {
        var now = time.GetUtcNow();
        Events set = [.. ClientRates.Set(
            client.Id,
            client.Rates,
            new RateCard(command.Currency, command.IncrementMinutes, command.HourlyRate, command.ServiceRates ?? [], command.RoleRates ?? []),
            command.Actor,
            now)];
        var calendar = new BankCalendar(client.TimeZone);
        return (set, client.Rates is null && set.Count > 0 ? [.. BillingMonthDue.Scheduled(client.Id, calendar.MonthOf(now), calendar, billing.Value, now)] : []);
    }
}
