using Milestone.Domain.Billing;
using static Milestone.Domain.Tests.Cast;

namespace Milestone.Domain.Tests.Billing;

/// <summary>
/// A client without an hour bank, in New York, worked by hand. Its first card (set in October): 15-minute increments,
/// 100 an hour, "Network" 120, team leads 140. From 15 November 110 an hour, the rest alike.
/// </summary>
public sealed class PayAsYouGoMonthCloseTests
{
    private const string Zone = "America/New_York";
    private static readonly DateOnly Nov = new(2026, 11, 1);
    private static readonly DateOnly Dec = new(2026, 12, 1);
    private static readonly Guid NovemberInvoice = BillingMonth.InvoiceIdFor(Acme, Nov);
    private static readonly Guid DecemberInvoice = BillingMonth.InvoiceIdFor(Acme, Dec);

    private static readonly ClientRatesSet FirstCard = new(
        Acme, "USD", 15, 100m, [new ServiceRate("Network", 120m)], [new RoleRate(Role.TeamLead, 140m)], AccountManager.PersonId, new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Set at 23:30 on 14 November in New York (04:30 UTC on the 15th): it prices work of the 14th, not of the 13th.</summary>
    private static readonly ClientRatesSet SecondCard = FirstCard with { HourlyRate = 110m, SetAt = new DateTimeOffset(2026, 11, 15, 4, 30, 0, TimeSpan.Zero) };

    private static readonly Guid A = Id(1), B = Id(2), C = Id(3), D = Id(4), E = Id(5), F = Id(6), G = Id(7), H = Id(8);

    private static readonly BillableWork[] November =
    [
        Work(A, null, Role.Agent, new DateOnly(2026, 11, 3), 50),
        Work(B, "network ", Role.Agent, new DateOnly(2026, 11, 4), 20),
        Work(C, null, Role.TeamLead, new DateOnly(2026, 11, 5), 40),
        Work(G, null, Role.Agent, new DateOnly(2026, 11, 13), 60),
        Work(H, null, Role.Agent, new DateOnly(2026, 11, 14), 15),
        Work(D, null, Role.Agent, new DateOnly(2026, 11, 20), 10),
        Work(E, null, Role.Agent, new DateOnly(2026, 11, 21), 30) with { Billable = false },
        Work(F, null, Role.Agent, new DateOnly(2026, 12, 1), 60),
    ];

    [Fact]
    public void November_bills_each_worklog_rounded_up_at_the_rate_of_its_service_else_role_else_the_card_in_force_on_its_day()
    {
        var lines = PayAsYouGoMonthClose.Close(November, [FirstCard, SecondCard], BilledEntries.None, Zone, Nov, NovemberInvoice);

        Assert.Equal(
            [
                ("Support: 2 hours over 2 worklog(s) at 100.00 USD/h", 2m, 100m, 200m),
                ("Network: 0h 30m over 1 worklog(s) at 120.00 USD/h", 0.5m, 120m, 60m),
                ("Support: 0h 45m over 1 worklog(s) at 140.00 USD/h", 0.75m, 140m, 105m),
                ("Support: 0h 30m over 2 worklog(s) at 110.00 USD/h", 0.5m, 110m, 55m),
            ],
            lines.Select(line => (line.Description, line.Quantity, line.UnitPrice, Money.Cents(line.Quantity * line.UnitPrice))));
        Assert.Equal(
            [(A, 60, 100m), (G, 60, 100m), (B, 30, 120m), (C, 45, 140m), (H, 15, 110m), (D, 15, 110m)],
            lines.SelectMany(line => line.Bills).Select(entry => (entry.EntryId, entry.Minutes, entry.RatePerHour)));
    }

    [Fact]
    public void Work_corrected_or_deleted_after_it_was_billed_is_billed_or_credited_for_the_difference_on_the_next_close()
    {
        var november = PayAsYouGoMonthClose.Close(November, [FirstCard, SecondCard], BilledEntries.None, Zone, Nov, NovemberInvoice);
        var billed = BilledEntries.On([Issued(november)]);
        var december = November.Select(work => work.WorklogId == A ? work with { Minutes = 100 } : work.WorklogId == B ? work with { Deleted = true } : work).ToList();

        var lines = PayAsYouGoMonthClose.Close(december, [FirstCard, SecondCard], billed, Zone, Dec, DecemberInvoice);

        Assert.Equal(
            [
                ("Support: 1 hours over 1 worklog(s) at 110.00 USD/h", 1m, 110m, 110m),
                ("Correction to work of 2026-11-03 (Support): billed 1 hours, now 1h 45m, at 100.00 USD/h", 0.75m, 100m, 75m),
                ("Correction to work of 2026-11-04 (Network): billed 0h 30m, now 0 hours, at 120.00 USD/h", 0.5m, -120m, -60m),
            ],
            lines.Select(line => (line.Description, line.Quantity, line.UnitPrice, Money.Cents(line.Quantity * line.UnitPrice))));
        Assert.Empty(PayAsYouGoMonthClose.Close(december, [FirstCard, SecondCard], BilledEntries.On([Issued(november), Issued(lines, DecemberInvoice)]), Zone, Dec, Id(9)));
    }

    [Fact]
    public void Without_a_rate_card_there_is_nothing_to_bill()
    {
        Assert.Empty(PayAsYouGoMonthClose.Close(November, [], BilledEntries.None, Zone, Nov, NovemberInvoice));
    }

    private static Guid Id(int n) => Guid.Parse($"0193a1b2-0000-7000-8000-{0x500 + n:x12}");

    private static BillableWork Work(Guid worklogId, string? category, Role role, DateOnly day, int minutes) =>
        new(worklogId, RequestId, category, role, day, minutes, Billable: true, Deleted: false);

    private static Invoice Issued(IReadOnlyList<ClosingLine> lines, Guid? invoiceId = null) =>
        new Invoice(invoiceId ?? NovemberInvoice, Acme, "USD", 0m, 30, Zone, Now)
        {
            Status = InvoiceStatus.Issued,
            Lines = [.. lines.Select(line => new InvoiceLine(line.LineId, line.Description, line.Quantity, line.UnitPrice, Money.Cents(line.Quantity * line.UnitPrice), line.Bills))],
        };
}
