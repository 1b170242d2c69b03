namespace Milestone.Domain.Sla;

/// <summary>
/// Working time on one weekday, in the calendar's local time. A period never crosses midnight:
/// <see cref="End"/> 00:00 means the end of that day (24:00), so Friday 22:00–00:00 plus
/// Saturday 00:00–06:00 is a night shift, and Start 00:00 with End 00:00 is the whole day.
/// </summary>
public sealed record WorkingPeriod(DayOfWeek Day, TimeOnly Start, TimeOnly End)
{
    public bool EndsAtMidnight => End == TimeOnly.MinValue;

    /// <summary>Wall-clock length; the real length differs on a day the clocks change.</summary>
    public TimeSpan NominalLength => (EndsAtMidnight ? TimeSpan.FromDays(1) : End.ToTimeSpan()) - Start.ToTimeSpan();
}
