using static Milestone.Domain.Tests.HourBanks.HourBankFixture;

namespace Milestone.Domain.Tests.HourBanks;

/// <summary>
/// A bank counts in its client's time zone: Sydney is UTC+11 in November 2026, Los Angeles UTC−7 until
/// 1 November 2026 02:00 and UTC−8 after, and Santiago skips midnight on 6 September 2026.
/// </summary>
public sealed class ClientTimeZoneTests
{
    private static readonly DateTimeOffset SydneyDecember = Utc(2026, 11, 30, 13, 0);

    [Fact]
    public void A_block_lapses_at_midnight_in_Sydney_after_its_last_day()
    {
        var bank = Sydney(Block(C1, 600, expiresOn: new DateOnly(2026, 11, 30)));

        Assert.Equal([new HourBankDue(HourBankChore.ExpireCredits, null, SydneyDecember)], bank.Upcoming());
        Assert.Empty(bank.ExpireDueCredits(SydneyDecember.AddTicks(-1)));
        AssertEvents(
            [new CreditExpired(BankId, Acme, C1, 600, ExpiryReason.Expired, SydneyDecember)],
            WithoutAlerts(bank.ExpireDueCredits(SydneyDecember)));
    }

    [Fact]
    public void In_Sydney_a_month_closes_and_the_next_is_credited_at_local_midnight_of_the_first()
    {
        var bank = Sydney(
            Contract(ContractId, 600, RolloverRule.UpTo(240), start: Nov),
            new MonthlyHoursAllocated(BankId, Acme, November, ContractId, Nov, 600, null, Utc(2026, 10, 31, 13, 0)));

        Assert.Equal(
            [
                new HourBankDue(HourBankChore.CloseMonth, Nov, SydneyDecember),
                new HourBankDue(HourBankChore.AllocateMonth, Dec, SydneyDecember),
            ],
            bank.Upcoming());
        Assert.Empty(bank.CloseMonth(Nov, SydneyDecember.AddTicks(-1)));
        Assert.Empty(bank.AllocateMonth(Dec, SydneyDecember.AddTicks(-1)));
        AssertEvents(
            [
                new CreditExpired(BankId, Acme, November, 360, ExpiryReason.RolloverCap, SydneyDecember),
                new UnusedHoursRolledOver(BankId, Acme, ContractId, Nov, 240, SydneyDecember),
            ],
            WithoutAlerts(bank.CloseMonth(Nov, SydneyDecember)));
        Assert.IsType<MonthlyHoursAllocated>(Assert.Single(bank.AllocateMonth(Dec, SydneyDecember)));
    }

    [Fact]
    public void Drawing_stops_at_local_midnight_not_at_UTC_midnight()
    {
        var bank = LosAngeles(Block(C1, 60, expiresOn: new DateOnly(2026, 11, 30)), Block(C2, 60));
        var lateOnTheLastDay = Utc(2026, 12, 1, 7, 59);

        var debit = Assert.IsType<WorklogDebited>(bank.PostWorklog(null, WorklogId, RequestId, Agent.PersonId, null, Today, 15, billable: true, lateOnTheLastDay).Single());

        Assert.Equal([Draw(C1, 15)], debit.Draws);
        Assert.Equal(
            [Draw(C2, 15)],
            Assert.IsType<WorklogDebited>(bank.PostWorklog(null, WorklogId, RequestId, Agent.PersonId, null, Today, 15, billable: true, Utc(2026, 12, 1, 8, 0)).Single()).Draws);
    }

    [Fact]
    public void A_Los_Angeles_statement_runs_from_local_midnight_across_the_clock_change()
    {
        var ledger = new List<object>
        {
            Opened(timeZone: "America/Los_Angeles"),
            Block(C1, 600),
            Debited(Id(0xf1), 30, 30, [Draw(C1, 30)], at: Utc(2026, 11, 1, 6, 59)),
            Debited(Id(0xf2), 45, 45, [Draw(C1, 45)], at: Utc(2026, 11, 1, 7, 0)),
            Debited(Id(0xf3), 60, 60, [Draw(C1, 60)], at: Utc(2026, 12, 1, 7, 59)),
            Debited(Id(0xf4), 15, 15, [Draw(C1, 15)], at: Utc(2026, 12, 1, 8, 0)),
        };

        var october = ReadSide.Statement(ledger, Oct);
        var november = ReadSide.Statement(ledger, Nov);

        Assert.Equal("America/Los_Angeles", november.TimeZone);
        Assert.Equal([30], october.Lines.Where(line => line.Entry == StatementEntry.Debit).Select(line => -line.Minutes));
        Assert.Equal([45, 60], november.Lines.Select(line => -line.Minutes));
        Assert.Equal((570, 465), (november.Opening.Remaining, november.Closing.Remaining));
        Assert.True(november.Reconciles);
    }

    [Fact]
    public void Where_the_clocks_skip_midnight_the_day_starts_when_they_jump()
    {
        var calendar = new BankCalendar("America/Santiago");

        Assert.Equal(Utc(2026, 9, 6, 4, 0), calendar.EndOfDay(new DateOnly(2026, 9, 5)));
        Assert.Equal(new DateOnly(2026, 9, 5), calendar.Today(Utc(2026, 9, 6, 4, 0).AddTicks(-1)));
        Assert.Equal(new DateOnly(2026, 9, 6), calendar.Today(Utc(2026, 9, 6, 4, 0)));
    }

    private static HourBank Sydney(params object[] events) => GivenOpened(Opened(timeZone: "Australia/Sydney"), events);

    private static HourBank LosAngeles(params object[] events) => GivenOpened(Opened(timeZone: "America/Los_Angeles"), events);

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
