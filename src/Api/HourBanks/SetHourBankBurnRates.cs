namespace Milestone.Api.HourBanks;

/// <summary>The bank's burn multipliers from now on, replacing the ones before; nothing already posted is re-rated.</summary>
public sealed record SetHourBankBurnRates(Guid ClientId, BurnRatesInput Rates, Actor Actor) : IHourBankCommand
{
    public Guid BankId => HourBank.IdFor(ClientId);

    /// <summary>A team id that is not a Guid names no team, and is refused as one.</summary>
    public BurnRates Wanted => new(
        [.. Rates.Teams.Select(rate => new TeamBurnRate(Guid.TryParse(rate.TeamId, out var teamId) ? teamId : Guid.Empty, rate.Multiplier))],
        [.. Rates.WorkTypes.Select(rate => new WorkTypeBurnRate(rate.Category, rate.Multiplier))]);
}

public static class SetHourBankBurnRatesHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static async Task<IReadOnlyList<Guid>> LoadAsync(SetHourBankBurnRates command, IQuerySession session, CancellationToken cancellation) =>
        [.. (await session.LoadManyAsync<Team>(cancellation, command.Wanted.Teams.Select(rate => rate.TeamId))).Select(team => team.Id)];

    public static Events Handle(
        SetHourBankBurnRates command, [WriteAggregate(nameof(SetHourBankBurnRates.BankId))] HourBank bank, IReadOnlyList<Guid> existingTeams, TimeProvider time) =>
        [.. bank.SetBurnRates(command.Actor, command.Wanted, existingTeams, time.GetUtcNow())];
}
