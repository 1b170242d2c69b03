namespace Milestone.Domain.Sla;

/// <summary>A named business calendar exists; its first version.</summary>
public sealed record BusinessCalendarDefined(Guid CalendarId, string Name, BusinessCalendar Calendar, Guid DefinedBy, DateTimeOffset DefinedAt);

/// <summary>
/// A new version of the calendar. Clocks already running keep the calendar they started with;
/// only clocks started afterwards count in this one.
/// </summary>
public sealed record BusinessCalendarRevised(Guid CalendarId, int Version, string Name, BusinessCalendar Calendar, Guid RevisedBy, DateTimeOffset RevisedAt);
