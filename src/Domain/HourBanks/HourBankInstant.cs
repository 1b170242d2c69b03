namespace Milestone.Domain.HourBanks;

/// <summary>
/// The statement lines a bank entered at one instant, in ledger order: a document of its own beside the month's
/// totals (<see cref="HourBankMonth"/>), so a posting writes one small document instead of rewriting every line its
/// month already holds. One command's entries share its instant (a purchase and the overage it repays, a correction's
/// reversal and new debit), and keeping them together keeps their order without the stream's version, which an
/// inline projection does not see.
/// </summary>
public sealed record HourBankInstant(string Id, Guid BankId, DateTimeOffset At)
{
    public ImmutableList<StatementLine> Lines { get; init; } = [];

    public static string IdFor(Guid bankId, DateTimeOffset at) => string.Create(CultureInfo.InvariantCulture, $"{bankId}:{at.UtcTicks}");

    /// <summary>The instant's id for a ledger event that makes a statement line; null for one that makes none (the opening, terms, notices).</summary>
    public static string? IdFor(object @event) =>
        @event is IHourBankEvent entry && MonthlyStatement.LineFor(@event) is { } line ? IdFor(entry.BankId, line.At) : null;

    public static HourBankInstant Empty(string id)
    {
        var separator = id.LastIndexOf(':');
        return new HourBankInstant(
            id,
            Guid.Parse(id.AsSpan(0, separator)),
            new DateTimeOffset(long.Parse(id.AsSpan(separator + 1), CultureInfo.InvariantCulture), TimeSpan.Zero));
    }

    public HourBankInstant With(object @event) =>
        MonthlyStatement.LineFor(@event) is { } line ? this with { Lines = Lines.Add(line) } : this;
}
