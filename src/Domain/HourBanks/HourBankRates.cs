namespace Milestone.Domain.HourBanks;

/// <summary>
/// What an hour of work costs the bank. Overage is priced at the rate in force on the work's date (a change of terms
/// applies to work dated from the day it was made, in the bank's time zone), so raising the rate never re-prices work
/// already done. Burn multipliers make some hours draw more than an hour: the highest multiplier of the agent's teams
/// named in the bank's rates, times the multiplier of the request's category (its work type).
/// </summary>
public sealed partial record HourBank
{
    public const decimal MinBurnMultiplier = 0.25m;
    public const decimal MaxBurnMultiplier = 10m;
    public const int MaxBurnRates = 50;

    /// <summary>Every overage rate the bank has had, by the first work date it prices; the opening rate prices all earlier work.</summary>
    public ImmutableList<OverageRate> OverageRates { get; init; } = [];

    public BurnRates BurnRates { get; init; } = BurnRates.None;

    public decimal OverageRateOn(DateOnly workDate) =>
        OverageRates.LastOrDefault(rate => rate.From <= workDate)?.RatePerHour ?? OverageRatePerHour;

    /// <summary><paramref name="agentTeams"/> the teams named in the bank's rates that the agent belongs to.</summary>
    public decimal MultiplierFor(IReadOnlyCollection<Guid> agentTeams, string? category)
    {
        var team = BurnRates.Teams.Where(rate => agentTeams.Contains(rate.TeamId)).Select(rate => rate.Multiplier).DefaultIfEmpty(1m).Max();
        var label = CategoryLabel(category);
        var workType = BurnRates.WorkTypes.FirstOrDefault(rate => string.Equals(rate.Category, label, StringComparison.OrdinalIgnoreCase))?.Multiplier ?? 1m;
        return team * workType;
    }

    /// <summary><paramref name="existingTeams"/> those of the named teams that exist.</summary>
    public IEnumerable<object> SetBurnRates(Actor actor, BurnRates rates, IReadOnlyCollection<Guid> existingTeams, DateTimeOffset now)
    {
        RequireVisibleTo(actor);
        RequireCommercialStaff(actor, "set burn multipliers");
        var valid = ValidBurnRates(rates);
        if (valid.Teams.Any(rate => !existingTeams.Contains(rate.TeamId)))
        {
            throw new CommandRejected(Rejection.NotFound, "There is no such team.", "rates");
        }

        return valid.SameAs(BurnRates) ? [] : [new BurnRatesSet(Id, ClientId, valid.Teams, valid.WorkTypes, actor.PersonId, now)];
    }

    /// <summary>Logged minutes times the multiplier, up to the whole minute, then up to the billing increment.</summary>
    private int Billed(int loggedMinutes, decimal multiplier)
    {
        var burned = (int)Math.Ceiling(loggedMinutes * multiplier);
        return (burned + BillingIncrementMinutes - 1) / BillingIncrementMinutes * BillingIncrementMinutes;
    }

    private static BurnRates ValidBurnRates(BurnRates rates)
    {
        var workTypes = rates.WorkTypes.Select(rate => rate with { Category = rate.Category.Trim() }).ToList();
        if (rates.Teams.Count + workTypes.Count > MaxBurnRates)
        {
            throw new CommandRejected(Rejection.Invalid, $"Keep to {MaxBurnRates} burn multipliers.", "rates");
        }

        var multipliers = rates.Teams.Select(rate => rate.Multiplier).Concat(workTypes.Select(rate => rate.Multiplier));
        if (multipliers.Any(multiplier => multiplier is < MinBurnMultiplier or > MaxBurnMultiplier || decimal.Round(multiplier, 2) != multiplier))
        {
            throw new CommandRejected(Rejection.Invalid, $"A multiplier is from {MinBurnMultiplier} to {MaxBurnMultiplier}, to two decimal places.", "rates");
        }

        if (workTypes.Any(rate => rate.Category.Length is 0 or > 100))
        {
            throw new CommandRejected(Rejection.Invalid, "Name each work type (a request category) in up to 100 characters.", "rates");
        }

        if (rates.Teams.DistinctBy(rate => rate.TeamId).Count() != rates.Teams.Count
            || workTypes.DistinctBy(rate => rate.Category.ToUpperInvariant()).Count() != workTypes.Count)
        {
            throw new CommandRejected(Rejection.Invalid, "Give each team and each work type one multiplier.", "rates");
        }

        return new BurnRates([.. rates.Teams.OrderBy(rate => rate.TeamId)], [.. workTypes.OrderBy(rate => rate.Category, StringComparer.OrdinalIgnoreCase)]);
    }

    private HourBank EvolveRates(object @event) => @event switch
    {
        HourBankOpened opened => this with { OverageRates = [new OverageRate(DateOnly.MinValue, opened.OverageRatePerHour)] },
        BankTermsChanged changed when changed.OverageRatePerHour != OverageRateOn(Calendar.Today(changed.At)) => this with
        {
            OverageRates = [.. OverageRates.Where(rate => rate.From < Calendar.Today(changed.At)), new OverageRate(Calendar.Today(changed.At), changed.OverageRatePerHour)],
        },
        BurnRatesSet set => this with { BurnRates = new BurnRates(set.Teams, set.WorkTypes) },
        _ => this,
    };
}

/// <summary>The overage rate that prices work dated from <c>From</c> on, until the next one.</summary>
public sealed record OverageRate(DateOnly From, decimal RatePerHour);

public sealed record TeamBurnRate(Guid TeamId, decimal Multiplier);

/// <summary>A work type is a request category: an hour on a request of that category draws <c>Multiplier</c> hours.</summary>
public sealed record WorkTypeBurnRate(string Category, decimal Multiplier);

public sealed record BurnRates(IReadOnlyList<TeamBurnRate> Teams, IReadOnlyList<WorkTypeBurnRate> WorkTypes)
{
    public static BurnRates None { get; } = new([], []);

    public bool SameAs(BurnRates other) => Teams.SequenceEqual(other.Teams) && WorkTypes.SequenceEqual(other.WorkTypes);
}
