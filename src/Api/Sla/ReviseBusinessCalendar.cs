namespace Milestone.Api.Sla;

/// <summary>A new version of a calendar; clocks already running keep the one they started with.</summary>
public sealed record ReviseBusinessCalendar(
    [Name("id")] Guid CalendarId,
    int Version,
    string Name,
    string TimeZone,
    bool AlwaysOpen,
    IReadOnlyList<WorkingPeriodInput>? WorkingHours,
    IReadOnlyList<HolidayInput>? Holidays,
    Actor Actor) : IActorCommand
{
    public WrittenCalendar Calendar => BusinessCalendarInput.Written(TimeZone, AlwaysOpen, WorkingHours, Holidays);
}

public static class ReviseBusinessCalendarHandler
{
    public static Events Handle(
        ReviseBusinessCalendar command,
        [WriteAggregate(nameof(ReviseBusinessCalendar.CalendarId))] BusinessCalendarDefinition calendar,
        TimeProvider time) =>
        [.. calendar.Revise(command.Name, command.Calendar, command.Actor, time.GetUtcNow())];
}
