namespace Milestone.Api.Sla;

public sealed record DefineBusinessCalendar(
    [NewId] Guid CalendarId,
    string Name,
    string TimeZone,
    bool AlwaysOpen,
    IReadOnlyList<WorkingPeriodInput>? WorkingHours,
    IReadOnlyList<HolidayInput>? Holidays,
    Actor Actor) : IActorCommand
{
    public WrittenCalendar Calendar => BusinessCalendarInput.Written(TimeZone, AlwaysOpen, WorkingHours, Holidays);
}

public static class DefineBusinessCalendarHandler
{
    public static IStartStream Handle(DefineBusinessCalendar command, TimeProvider time) =>
        MartenOps.StartStream<BusinessCalendarDefinition>(
            command.CalendarId,
            BusinessCalendarDefinition.Define(command.CalendarId, command.Name, command.Calendar, command.Actor, time.GetUtcNow()));
}
