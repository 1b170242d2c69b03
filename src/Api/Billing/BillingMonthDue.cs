using Milestone.Domain.Billing;

namespace Milestone.Api.Billing;

/// <summary>
/// A client's month falls due for closing: scheduled when the client gets an hour bank or its first rate card, and by
/// every close for the month after, so each month is closed once without anyone remembering to (decision 0048).
/// </summary>
public sealed record BillingMonthDue(Guid ClientId, DateOnly Month, DateTimeOffset DueAt)
{
    /// <summary>Who closes months on schedule: the service itself, with an administrator's rights.</summary>
    public static Actor Closer { get; } = new(NameBasedGuid.Create(Guid.Empty, "milestone billing month closer"), Role.Admin, null);

    /// <summary>The timer for <paramref name="month"/>, <see cref="BillingSettings.CloseMonthsAfter"/> after it ends; none when months are closed by hand.</summary>
    public static IEnumerable<object> Scheduled(Guid clientId, DateOnly month, BankCalendar calendar, BillingSettings settings, DateTimeOffset now)
    {
        if (!settings.CloseMonthsAutomatically)
        {
            return [];
        }

        var dueAt = calendar.End(month) + settings.CloseMonthsAfter;
        return [Timers.DueAt(new BillingMonthDue(clientId, month, dueAt), dueAt, now)];
    }
}

/// <summary>A timer that arrives early (another node's clock ran ahead) waits again; one that is due closes the month.</summary>
public static class BillingMonthDueHandler
{
    public static object Handle(BillingMonthDue due, TimeProvider time)
    {
        var now = time.GetUtcNow();
        return now < due.DueAt ? Timers.DueAt(due, due.DueAt, now) : new CloseBillingMonth(due.ClientId, due.Month, BillingMonthDue.Closer);
    }
}
