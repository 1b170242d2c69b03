using Milestone.Domain.Billing;
using static Milestone.Domain.Tests.Cast;

namespace Milestone.Domain.Tests.Billing;

public sealed class BillingUsageTests
{
    private static readonly Guid Other = Guid.Parse("0193a1b2-0000-7000-8000-000000000002");

    [Fact]
    public void Time_is_counted_by_the_day_it_was_worked_by_service_and_by_every_month_of_the_range()
    {
        UsedTime[] work =
        [
            new(RequestId, "Network", new DateOnly(2026, 10, 31), 45, Billable: true),
            new(RequestId, " network", new DateOnly(2026, 11, 2), 30, Billable: false),
            new(Other, null, new DateOnly(2026, 11, 3), 50, Billable: true),
            new(Other, "Printing", new DateOnly(2027, 1, 1), 10, Billable: true),
            new(Other, "Printing", new DateOnly(2026, 9, 30), 600, Billable: true),
        ];

        var usage = BillingUsage.For(work, new DateOnly(2026, 10, 1), new DateOnly(2027, 1, 1));

        Assert.Equal((135, 105, 30, 4, 2), (usage.LoggedMinutes, usage.BillableMinutes, usage.NonBillableMinutes, usage.Worklogs, usage.Requests));
        Assert.Equal([new ServiceUsage("Network", 75, 45, 2, 1), new ServiceUsage(null, 50, 50, 1, 1), new ServiceUsage("Printing", 10, 10, 1, 1)], usage.ByService);
        Assert.Equal(
            [new MonthUsage(new DateOnly(2026, 10, 1), 45, 45, 1), new MonthUsage(new DateOnly(2026, 11, 1), 80, 50, 2), new MonthUsage(new DateOnly(2026, 12, 1), 0, 0, 0), new MonthUsage(new DateOnly(2027, 1, 1), 10, 10, 1)],
            usage.ByMonth);
    }

    [Fact]
    public void A_range_runs_forwards_and_spans_at_most_366_days()
    {
        Assert.Equal("to", Assert.Throws<CommandRejected>(() => BillingUsage.RequireRange(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 1))).Field);
        Assert.Equal("to", Assert.Throws<CommandRejected>(() => BillingUsage.RequireRange(new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 2))).Field);
        BillingUsage.RequireRange(new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1));
    }
}
