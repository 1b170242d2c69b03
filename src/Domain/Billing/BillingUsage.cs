namespace Milestone.Domain.Billing;

/// <summary>One worklog as usage counts it: the time as logged, on the day the work was done.</summary>
public sealed record UsedTime(Guid RequestId, string? Category, DateOnly WorkDate, int Minutes, bool Billable);

/// <summary>Time spent on one service (a request category; null: uncategorised).</summary>
public sealed record ServiceUsage(string? Service, int LoggedMinutes, int BillableMinutes, int Worklogs, int Requests);

public sealed record MonthUsage(DateOnly Month, int LoggedMinutes, int BillableMinutes, int Worklogs);

/// <summary>
/// The Billing tab's "hours by service" and "usage metrics" for a date range, for every client alike — with an hour
/// bank or pay-as-you-go: the time logged for it by the day the work was done, billable and not, by service and by
/// month. What the bank was drawn for, rounded to its increment, is <c>hourBankUsage</c>.
/// </summary>
public sealed record BillingUsage(
    DateOnly From,
    DateOnly To,
    int LoggedMinutes,
    int BillableMinutes,
    int Worklogs,
    int Requests,
    IReadOnlyList<ServiceUsage> ByService,
    IReadOnlyList<MonthUsage> ByMonth)
{
    public const int MaxDays = 366;

    public int NonBillableMinutes => LoggedMinutes - BillableMinutes;

    public static void RequireRange(DateOnly from, DateOnly to)
    {
        if (from.Year < 2000 || to.Year > 2100)
        {
            throw new CommandRejected(Rejection.Invalid, "Ask for days from the year 2000 to 2100.", from.Year < 2000 ? "from" : "to");
        }

        if (to < from)
        {
            throw new CommandRejected(Rejection.Invalid, "The range ends on or after its first day.", "to");
        }

        if (to.DayNumber - from.DayNumber >= MaxDays)
        {
            throw new CommandRejected(Rejection.Invalid, $"Ask for at most {MaxDays} days at a time.", "to");
        }
    }

    /// <summary>Services with the most time first; months in order, each month of the range present even when empty.</summary>
    public static BillingUsage For(IEnumerable<UsedTime> work, DateOnly from, DateOnly to)
    {
        RequireRange(from, to);
        var inRange = work.Where(used => used.WorkDate >= from && used.WorkDate <= to).ToList();
        var byService = inRange
            .GroupBy(used => string.IsNullOrWhiteSpace(used.Category) ? null : used.Category.Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(service => new ServiceUsage(service.Key, service.Sum(used => used.Minutes), Billable(service), service.Count(), service.Select(used => used.RequestId).Distinct().Count()))
            .OrderByDescending(service => service.LoggedMinutes)
            .ThenBy(service => service.Service, StringComparer.Ordinal)
            .ToList();
        var months = new List<MonthUsage>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            var worked = inRange.Where(used => used.WorkDate.Year == month.Year && used.WorkDate.Month == month.Month).ToList();
            months.Add(new MonthUsage(month, worked.Sum(used => used.Minutes), Billable(worked), worked.Count));
        }

        return new BillingUsage(from, to, inRange.Sum(used => used.Minutes), Billable(inRange), inRange.Count, inRange.Select(used => used.RequestId).Distinct().Count(), byService, months);
    }

    private static int Billable(IEnumerable<UsedTime> work) => work.Where(used => used.Billable).Sum(used => used.Minutes);
}
