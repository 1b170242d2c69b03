namespace Milestone.Api.HourBanks;

/// <summary>
/// Reads a client's ledger for the read side. Balance, statements, usage and forecasts are folded from the
/// bank's own stream with the domain's functions, so they agree with the write side to the minute; a
/// client has one bank, so the stream is what one report reads anyway.
/// </summary>
public static class HourBankLedger
{
    /// <summary>The ledger in stream order; empty when the client has no bank.</summary>
    public static async Task<IReadOnlyList<object>> LedgerOfAsync(this IQuerySession session, Guid clientId, CancellationToken cancellation) =>
        [.. (await session.Events.FetchStreamAsync(HourBank.IdFor(clientId), token: cancellation)).Select(recorded => recorded.Data)];

    /// <summary>A statement month as the API takes it (yyyy-MM), as its first day; null when it is not one.</summary>
    public static DateOnly? ParseMonth(string month) =>
        DateOnly.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) ? first : null;
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
