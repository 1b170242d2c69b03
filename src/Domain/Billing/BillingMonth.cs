using Milestone.Domain.Organisations;

namespace Milestone.Domain.Billing;

/// <summary>A line a month's close puts on the invoice, with the entries it bills.</summary>
public sealed record ClosingLine(Guid LineId, string Description, decimal Quantity, decimal UnitPrice, IReadOnlyList<BilledEntry> Bills);

/// <summary>
/// The client's month (in its bank's time zone, else its own) was closed for billing; <c>InvoiceId</c> is the draft
/// it made, null when there was nothing to bill. On the client's stream, so two closes of one client never run at once.
/// </summary>
public sealed record BillingMonthClosed(Guid ClientId, DateOnly Month, Guid? InvoiceId, Guid ClosedBy, DateTimeOffset ClosedAt);

public sealed record ClosedBillingMonth(DateOnly Month, Guid? InvoiceId);

/// <summary>
/// Closing a month bills everything up to the month's end that no standing invoice bills yet, on one draft invoice
/// named after the client and the month. Each month is closed once; what changes afterwards is billed by a later close.
/// </summary>
public static class BillingMonth
{
    public static Guid InvoiceIdFor(Guid clientId, DateOnly month) => NameBasedGuid.Create(clientId, $"billing month {month:yyyy-MM}");

    /// <summary>
    /// Whether to close <paramref name="month"/> now: false when it was closed before (closing again changes nothing).
    /// A month that ended before the client was taken on (<paramref name="clientSince"/>) has nothing to close; refusing it
    /// also keeps a close from catching up on decades of empty months.
    /// </summary>
    public static bool RequireClosable(
        Actor actor, Guid clientId, DateTimeOffset clientSince, IEnumerable<ClosedBillingMonth> closed, DateOnly month, BankCalendar calendar, DateTimeOffset now)
    {
        ClientOrganisation.RequireWorksWith(actor, clientId);
        if (!actor.Role.MayBill())
        {
            throw new CommandRejected(Rejection.Forbidden, "Only administrators and account managers close a client's billing month.");
        }

        if (!Months.IsMonth(month))
        {
            throw new CommandRejected(Rejection.Invalid, "A month is given by its first day.", "month");
        }

        if (closed.Any(done => done.Month == month))
        {
            return false;
        }

        if (month >= calendar.MonthOf(now))
        {
            throw new CommandRejected(Rejection.Invalid, "A month is closed once it is over in the client's time zone.", "month");
        }

        if (calendar.End(month) <= clientSince)
        {
            throw new CommandRejected(Rejection.Invalid, "That month ended before the client was taken on.", "month");
        }

        return true;
    }

    public static BillingMonthClosed Closed(Guid clientId, DateOnly month, IReadOnlyList<ClosingLine> lines, Actor actor, DateTimeOffset now) =>
        new(clientId, month, lines.Count > 0 ? InvoiceIdFor(clientId, month) : null, actor.PersonId, now);

    /// <summary>Hours to four decimals, the precision of an invoice quantity; the minutes themselves stay on the billed entry.</summary>
    public static decimal Hours(int minutes) => Math.Round(minutes / 60m, 4, MidpointRounding.AwayFromZero);

    public static string HoursText(int minutes) => minutes % 60 == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{minutes / 60} hours")
        : string.Create(CultureInfo.InvariantCulture, $"{minutes / 60}h {minutes % 60:00}m");

    public static string Rate(decimal rate, string currency) => string.Create(CultureInfo.InvariantCulture, $"{rate:0.00} {currency}/h");
}
