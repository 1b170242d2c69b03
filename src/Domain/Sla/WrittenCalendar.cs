namespace Milestone.Domain.Sla;

/// <summary>A working period as an administrator writes it: local times of day as HH:mm.</summary>
public sealed record WrittenWorkingPeriod(DayOfWeek Day, string Start, string End);

/// <summary>A holiday as an administrator writes it: its date as yyyy-MM-dd.</summary>
public sealed record WrittenHoliday(string Date, string Name, bool RecursYearly);

/// <summary>
/// A business calendar as an administrator writes it. Reading it refuses text that is not a time or a date,
/// naming the field as the administrator wrote it (<c>workingHours.start</c>, <c>holidays.date</c>).
/// </summary>
public sealed record WrittenCalendar(string TimeZone, bool AlwaysOpen, IReadOnlyList<WrittenWorkingPeriod> WorkingHours, IReadOnlyList<WrittenHoliday> Holidays)
{
    public BusinessCalendar Read() => new(
        TimeZone.Trim(),
        [.. WorkingHours.Select(period => new WorkingPeriod(period.Day, Time(period.Start, "workingHours.start"), Time(period.End, "workingHours.end")))],
        [.. Holidays.Select(holiday => new Holiday(Date(holiday.Date), holiday.Name, holiday.RecursYearly))],
        AlwaysOpen);

    private static TimeOnly Time(string text, string field) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new CommandRejected(Rejection.Invalid, $"\"{text}\" is not a time of day as HH:mm.", field);

    private static DateOnly Date(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CommandRejected(Rejection.Invalid, $"\"{text}\" is not a date as yyyy-MM-dd.", "holidays.date");
}
