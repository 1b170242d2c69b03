using Milestone.Domain.Organisations;

namespace Milestone.Domain.Billing;

/// <summary>An hourly rate for a service: the category a request is filed under.</summary>
public sealed record ServiceRate(string Category, decimal RatePerHour);

/// <summary>An hourly rate for the role of whoever did the work.</summary>
public sealed record RoleRate(Role Role, decimal RatePerHour);

/// <summary>
/// What pay-as-you-go time costs a client without an hour bank: each billable worklog is rounded up to the increment
/// and priced by its request's service if that has a rate, else by the role of the person who logged it, else at the
/// hourly rate.
/// </summary>
public sealed record RateCard(string Currency, int IncrementMinutes, decimal HourlyRate, IReadOnlyList<ServiceRate> ServiceRates, IReadOnlyList<RoleRate> RoleRates)
{
    public decimal RateFor(string? category, Role role) =>
        ServiceFor(category)?.RatePerHour ?? RoleRates.FirstOrDefault(rate => rate.Role == role)?.RatePerHour ?? HourlyRate;

    /// <summary>The service as the card spells it, else the request's category, else "Support": what an invoice line calls the work.</summary>
    public string ServiceName(string? category) => ServiceFor(category)?.Category ?? (string.IsNullOrWhiteSpace(category) ? "Support" : category.Trim());

    private ServiceRate? ServiceFor(string? category) =>
        ServiceRates.FirstOrDefault(rate => string.Equals(rate.Category, category?.Trim(), StringComparison.OrdinalIgnoreCase));

    public int Rounded(int minutes) => (minutes + IncrementMinutes - 1) / IncrementMinutes * IncrementMinutes;

    public static RateCard Of(ClientRatesSet set) => new(set.Currency, set.IncrementMinutes, set.HourlyRate, set.ServiceRates, set.RoleRates);
}

/// <summary>The client's pay-as-you-go rates from now on; work already billed keeps the rate it was billed at.</summary>
public sealed record ClientRatesSet(
    Guid ClientId,
    string Currency,
    int IncrementMinutes,
    decimal HourlyRate,
    IReadOnlyList<ServiceRate> ServiceRates,
    IReadOnlyList<RoleRate> RoleRates,
    Guid SetBy,
    DateTimeOffset SetAt);

public static class ClientRates
{
    public const int MaxIncrementMinutes = 240;

    public const int MaxServiceRates = 100;

    public const int CategoryMaxLength = 100;

    /// <summary>
    /// <paramref name="current"/> is the card in force (null: none yet). Its currency is the client's pay-as-you-go
    /// currency for good, because invoices already issued and corrections to them are in it.
    /// </summary>
    public static IEnumerable<ClientRatesSet> Set(Guid clientId, RateCard? current, RateCard proposed, Actor actor, DateTimeOffset now)
    {
        ClientOrganisation.RequireWorksWith(actor, clientId);
        if (!actor.Role.MayBill())
        {
            throw new CommandRejected(Rejection.Forbidden, "Only administrators and account managers set a client's rates.");
        }

        var currency = Currencies.Active(proposed.Currency) ?? throw new CommandRejected(Rejection.Invalid, "A currency is an ISO 4217 code in use, such as EUR or USD.", "currency");
        if (current is not null && current.Currency != currency)
        {
            throw new CommandRejected(Rejection.Invalid, $"This client's time is billed in {current.Currency}.", "currency");
        }

        if (proposed.IncrementMinutes is < 1 or > MaxIncrementMinutes)
        {
            throw new CommandRejected(Rejection.Invalid, $"Bill in increments of 1 to {MaxIncrementMinutes} minutes.", "incrementMinutes");
        }

        RequireRate(proposed.HourlyRate, "hourlyRate");
        var services = proposed.ServiceRates.Select(rate => rate with { Category = rate.Category.Trim() }).ToList();
        if (services.Count > MaxServiceRates || services.Any(rate => rate.Category.Length is 0 or > CategoryMaxLength)
            || services.DistinctBy(rate => rate.Category.ToUpperInvariant()).Count() != services.Count)
        {
            throw new CommandRejected(Rejection.Invalid, $"Name each service once, in 1 to {CategoryMaxLength} characters, at most {MaxServiceRates} of them.", "serviceRates");
        }

        if (proposed.RoleRates.Any(rate => rate.Role is Role.ClientAdmin or Role.ClientMember) || proposed.RoleRates.DistinctBy(rate => rate.Role).Count() != proposed.RoleRates.Count)
        {
            throw new CommandRejected(Rejection.Invalid, "Rate each staff role at most once.", "roleRates");
        }

        services.ForEach(rate => RequireRate(rate.RatePerHour, "serviceRates"));
        proposed.RoleRates.ToList().ForEach(rate => RequireRate(rate.RatePerHour, "roleRates"));
        var card = proposed with { Currency = currency, ServiceRates = services };
        return current is not null && Same(current, card)
            ? []
            : [new ClientRatesSet(clientId, currency, card.IncrementMinutes, card.HourlyRate, card.ServiceRates, card.RoleRates, actor.PersonId, now)];
    }

    private static bool Same(RateCard one, RateCard other) =>
        (one.Currency, one.IncrementMinutes, one.HourlyRate) == (other.Currency, other.IncrementMinutes, other.HourlyRate)
        && one.ServiceRates.SequenceEqual(other.ServiceRates)
        && one.RoleRates.SequenceEqual(other.RoleRates);

    private static void RequireRate(decimal rate, string field)
    {
        if (rate < 0 || rate > 1_000_000m || decimal.Round(rate, 2) != rate)
        {
            throw new CommandRejected(Rejection.Invalid, "A rate is 0 to 1,000,000 an hour, in cents.", field);
        }
    }
}
