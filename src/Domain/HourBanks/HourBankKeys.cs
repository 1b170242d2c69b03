namespace Milestone.Domain.HourBanks;

/// <summary>
/// What each id a caller chose (a purchase's credit, a contract, an adjustment, a request for hours) asked for. The same
/// id sent again with the same terms is a retry and changes nothing; with other terms the caller meant something else
/// by it, and it is refused rather than silently ignored.
/// </summary>
public sealed partial record HourBank
{
    /// <summary>Each caller-chosen id's terms, written out as text so the stored bank compares them exactly as decided.</summary>
    public ImmutableDictionary<Guid, string> KeyedTerms { get; init; } = ImmutableDictionary<Guid, string>.Empty;

    /// <summary>
    /// Whether <paramref name="id"/> took effect already with these terms. An id the bank knows without its terms (kept
    /// before terms were) counts as the same command, as it always did.
    /// </summary>
    private bool AlreadyDone(Guid id, bool known, string terms, string field) =>
        known && (!KeyedTerms.TryGetValue(id, out var earlier) || earlier == terms ? true : throw CallerKeys.ReusedWithOtherPayload(field));

    private HourBank EvolveKeys(object @event) => @event switch
    {
        HourBlockPurchased purchased => Keyed(
            purchased.CreditId, PurchaseTerms(purchased.Minutes, purchased.Price, purchased.Currency, purchased.PurchasedOn, purchased.ExpiresOn, purchased.ValidFrom)),
        MonthlyAllocationContracted contracted => Keyed(
            contracted.ContractId,
            ContractTerms(contracted.MinutesPerMonth, contracted.StartMonth, contracted.EndMonth, contracted.Rollover, contracted.PricePerMonth, contracted.CatchUpUntil is not null)),
        HoursAdjusted adjusted => Keyed(adjusted.EntryId, Terms("adjustment", adjusted.Minutes, adjusted.Reason)),
        MoreHoursRequested requested => Keyed(requested.HoursRequestId, Terms("more hours", requested.RequestedMinutes, requested.Note)),
        _ => this,
    };

    /// <summary>A window's first day joins the text only when set, so ids kept before windows existed still compare equal.</summary>
    private static string PurchaseTerms(int minutes, decimal price, string currency, DateOnly purchasedOn, DateOnly? expiresOn, DateOnly? validFrom)
    {
        var terms = Terms("purchase", minutes, Money(price), currency.Trim().ToUpperInvariant(), purchasedOn, expiresOn);
        return validFrom is null ? terms : Terms(terms, validFrom);
    }

    /// <summary>A catch-up joins the text only when asked for, so ids kept before catch-ups existed still compare equal.</summary>
    private static string ContractTerms(int minutesPerMonth, DateOnly startMonth, DateOnly? endMonth, RolloverRule rollover, decimal pricePerMonth, bool catchUp)
    {
        var terms = Terms("contract", minutesPerMonth, startMonth, endMonth, rollover.CarriesOver, rollover.CapMinutes, rollover.KeepMonths, Money(pricePerMonth));
        return catchUp ? Terms(terms, "catch-up") : terms;
    }

    private static string Terms(params object?[] parts) =>
        string.Join('|', parts.Select(part => part switch
        {
            null => string.Empty,
            DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable value => value.ToString(null, CultureInfo.InvariantCulture),
            _ => part.ToString(),
        }));

    /// <summary>1200, 1200.0 and 1200.00 are one price.</summary>
    private static string Money(decimal amount) => amount.ToString("0.############################", CultureInfo.InvariantCulture);

    private HourBank Keyed(Guid id, string terms) => this with { KeyedTerms = KeyedTerms.SetItem(id, terms) };
}
