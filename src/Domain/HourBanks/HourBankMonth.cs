namespace Milestone.Domain.HourBanks;

/// <summary>
/// One month of a bank's ledger in the bank's time zone, kept as entries are made: what they moved. A balance or a
/// statement's opening reads the months before instead of folding the whole ledger; the sum of every month is the
/// balance (<see cref="HourBankBalance.Of(IEnumerable{HourBankMonthTotals})"/>). The lines themselves are kept per
/// instant (<see cref="HourBankInstant"/>), so a month stays the same size however busy it is.
/// </summary>
public sealed record HourBankMonth(string Id, Guid BankId, DateOnly Month)
{
    public HourBankMonthTotals Totals { get; init; } = new(HourBankBalance.Empty, SetsTerms: false, []);

    public static string IdFor(Guid bankId, DateOnly month) => string.Create(CultureInfo.InvariantCulture, $"{bankId}:{month:yyyy-MM}");

    public static HourBankMonth Empty(string id)
    {
        var separator = id.LastIndexOf(':');
        return new HourBankMonth(
            id,
            Guid.Parse(id.AsSpan(0, separator)),
            DateOnly.ParseExact(id.AsSpan(separator + 1), "yyyy-MM", CultureInfo.InvariantCulture));
    }

    public HourBankMonth With(object @event) => this with
    {
        Totals = Totals with
        {
            Movement = Totals.Movement.With(@event),
            SetsTerms = Totals.SetsTerms || @event is HourBankOpened or BankTermsChanged,
            MoreHoursRequests = @event is MoreHoursRequested requested ? Totals.MoreHoursRequests.Add(requested) : Totals.MoreHoursRequests,
        },
    };
}

/// <summary>
/// What a month moved, folded from an empty balance: its minutes add to the months before; its rate and
/// currency replace theirs only when <c>SetsTerms</c> (the bank was opened or its terms changed in it).
/// </summary>
public sealed record HourBankMonthTotals(HourBankBalance Movement, bool SetsTerms, ImmutableList<MoreHoursRequested> MoreHoursRequests);
