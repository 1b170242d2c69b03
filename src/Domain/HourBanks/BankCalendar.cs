namespace Milestone.Domain.HourBanks;

/// <summary>
/// The bank's calendar: the client's IANA time zone, fixed when the bank is opened. A day and a month are the
/// client's; a credit's last day ends at the client's midnight and a month at the client's midnight of the 1st.
/// One calendar for scheduling and statements keeps them reconcilable. Instants leave here in UTC.
/// </summary>
public sealed record BankCalendar(string TimeZoneId)
{
    public static BankCalendar Utc { get; } = new("Etc/UTC");

    public static bool IsKnown(string timeZoneId) => DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId) is not null;

    public DateOnly Today(DateTimeOffset now) => Instant.FromDateTimeOffset(now).InZone(Zone).Date.ToDateOnly();

    public DateOnly MonthOf(DateTimeOffset instant)
    {
        var day = Today(instant);
        return new DateOnly(day.Year, day.Month, 1);
    }

    public DateTimeOffset Start(DateOnly month) => StartOfDay(month);

    public DateTimeOffset End(DateOnly month) => StartOfDay(month.AddMonths(1));

    /// <summary>The instant a credit whose last day is <paramref name="lastDay"/> lapses.</summary>
    public DateTimeOffset EndOfDay(DateOnly lastDay) => StartOfDay(lastDay.AddDays(1));

    /// <summary>
    /// The first instant of the local day: where the clocks skip midnight, the moment they jumped to; where
    /// midnight happens twice, the first. The day then always starts at an instant whose local date is that day.
    /// </summary>
    public DateTimeOffset StartOfDay(DateOnly day) => Zone.AtStartOfDay(LocalDate.FromDateOnly(day)).ToInstant().ToDateTimeOffset();

    private DateTimeZone Zone => DateTimeZoneProviders.Tzdb[TimeZoneId];
}
