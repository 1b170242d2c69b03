namespace Milestone.Api.HourBanks;

/// <summary>
/// Reads a client's bank for the read side. As it stands now, it is the bank's own document (terms, credits,
/// contracts) with its figures summed from its months (<see cref="HourBankMonth"/>); a statement reads the month's
/// lines (<see cref="HourBankInstant"/>) and the totals of the months before it; usage reads the standing debits of
/// the work dates asked for. None of these folds the ledger, so they cost the same however long it grows. Only an
/// instant in the past (<c>asOf</c>) folds the ledger up to then with the domain's functions, which the rollups are
/// checked to agree with.
/// </summary>
public static class HourBankLedger
{
    /// <summary>The ledger in stream order; empty when the client has no bank.</summary>
    public static async Task<IReadOnlyList<object>> LedgerOfAsync(this IQuerySession session, Guid clientId, CancellationToken cancellation) =>
        [.. (await session.Events.FetchStreamAsync(HourBank.IdFor(clientId), token: cancellation)).Select(recorded => recorded.Data)];

    /// <summary>The bank as it stands at <paramref name="now"/>; null when the client has no bank.</summary>
    public static async Task<HourBankView?> BankNowAsync(this IQuerySession session, Guid clientId, DateTimeOffset now, CancellationToken cancellation)
    {
        var bankId = HourBank.IdFor(clientId);
        if (await session.LoadAsync<HourBank>(bankId, cancellation) is not { } bank)
        {
            return null;
        }

        var months = await MonthTotalsAsync(session, bankId, DateOnly.MaxValue, cancellation);
        return new HourBankView(bank, HourBankBalance.Of(months), now, [.. months.SelectMany(month => month.MoreHoursRequests)]);
    }

    /// <summary>The bank as it stood at <paramref name="asOf"/>: now from the rollups, an earlier instant folded from the ledger.</summary>
    public static async Task<HourBankView?> BankAsOfAsync(this IQuerySession session, Guid clientId, DateTimeOffset asOf, DateTimeOffset now, CancellationToken cancellation) =>
        asOf >= now
            ? await session.BankNowAsync(clientId, now, cancellation) is { } current ? current with { AsOf = asOf } : null
            : HourBankView.Of(await session.LedgerOfAsync(clientId, cancellation), asOf);

    /// <summary>Null when the client has no bank.</summary>
    public static async Task<MonthlyStatement?> StatementAsync(this IQuerySession session, Guid clientId, DateOnly month, CancellationToken cancellation)
    {
        var bankId = HourBank.IdFor(clientId);
        if (await session.LoadAsync<HourBank>(bankId, cancellation) is not { } bank)
        {
            return null;
        }

        var before = await MonthTotalsAsync(session, bankId, month, cancellation);
        var entered = await session.LoadAsync<HourBankMonth>(HourBankMonth.IdFor(bankId, month), cancellation);
        var lines = await LinesAsync(session, bankId, bank.Calendar.Start(month), bank.Calendar.End(month), cancellation);
        return MonthlyStatement.For(bank.Calendar, before, entered?.Totals, lines, month);
    }

    public static async Task<IReadOnlyList<UsageGroup>> UsageAsync(this IQuerySession session, Guid clientId, DateOnly from, DateOnly to, UsageGrouping grouping, CancellationToken cancellation)
    {
        var bankId = HourBank.IdFor(clientId);
        var debits = await session.Query<BankDebit>()
            .Where(debit => debit.BankId == bankId && debit.WorkDate >= from && debit.WorkDate <= to && !debit.Reversed)
            .ToListAsync(cancellation);
        return HourBankUsage.For(debits, from, to, grouping);
    }

    /// <summary>Null when the client has no bank.</summary>
    public static async Task<HourBankForecast?> ForecastAsync(this IQuerySession session, Guid clientId, DateTimeOffset now, CancellationToken cancellation)
    {
        if (await session.BankNowAsync(clientId, now, cancellation) is not { } view)
        {
            return null;
        }

        var recent = await LinesAsync(session, view.Bank.Id, HourBankForecast.LinesSince(now), DateTimeOffset.MaxValue, cancellation);
        return HourBankForecast.For(view.Bank.Calendar, view.Balance, recent, now);
    }

    /// <summary>A statement month as the API takes it (yyyy-MM), as its first day; null when it is not one.</summary>
    public static DateOnly? ParseMonth(string month) =>
        DateOnly.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) ? first : null;

    /// <summary>The statement lines entered from <paramref name="from"/> until before <paramref name="until"/>, in ledger order.</summary>
    private static async Task<IReadOnlyList<StatementLine>> LinesAsync(IQuerySession session, Guid bankId, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellation)
    {
        var instants = await session.Query<HourBankInstant>()
            .Where(instant => instant.BankId == bankId && instant.At >= from && instant.At < until)
            .OrderBy(instant => instant.At)
            .ToListAsync(cancellation);
        return [.. instants.SelectMany(instant => instant.Lines)];
    }

    /// <summary>The totals of the bank's months before <paramref name="month"/>, oldest first: a few small rows a year.</summary>
    private static async Task<IReadOnlyList<HourBankMonthTotals>> MonthTotalsAsync(IQuerySession session, Guid bankId, DateOnly month, CancellationToken cancellation) =>
        await session.Query<HourBankMonth>()
            .Where(entered => entered.BankId == bankId && entered.Month < month)
            .OrderBy(entered => entered.Month)
            .Select(entered => entered.Totals)
            .ToListAsync(cancellation);
}

/// <summary>A bank as it stood at <c>AsOf</c>: its state, figures and the requests for more hours made by then.</summary>
public sealed record HourBankView(HourBank Bank, HourBankBalance Balance, DateTimeOffset AsOf, IReadOnlyList<MoreHoursRequested> MoreHoursRequests)
{
    /// <summary>Null when the bank was not open at <paramref name="asOf"/>.</summary>
    public static HourBankView? Of(IReadOnlyList<object> ledger, DateTimeOffset asOf)
    {
        var entries = ledger.Where(@event => @event is IHourBankEvent entry && entry.At <= asOf).ToList();
        return entries.Aggregate((HourBank?)null, HourBank.Evolve) is { } bank
            ? new HourBankView(bank, HourBankBalance.Of(entries), asOf, [.. entries.OfType<MoreHoursRequested>()])
            : null;
    }
}
