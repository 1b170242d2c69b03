namespace Milestone.Domain.Sla;

/// <summary>A named, versioned business calendar that SLA policies count in; one stream per calendar.</summary>
public sealed record BusinessCalendarDefinition(Guid Id, string Name, BusinessCalendar Calendar, int CalendarVersion)
{
    public const int MaxWorkingPeriods = 70;
    public const int MaxHolidays = 500;

    public int Version { get; set; }

    public static BusinessCalendarDefinition? Evolve(BusinessCalendarDefinition? state, object @event) => @event switch
    {
        BusinessCalendarDefined defined => new BusinessCalendarDefinition(defined.CalendarId, defined.Name, defined.Calendar, 1),
        BusinessCalendarRevised revised when state is not null =>
            state with { Name = revised.Name, Calendar = revised.Calendar, CalendarVersion = revised.Version },
        _ => state,
    };

    public static BusinessCalendarDefined Define(Guid calendarId, string name, BusinessCalendar calendar, Actor actor, DateTimeOffset now)
    {
        SlaAdministration.RequireAdmin(actor);
        return new BusinessCalendarDefined(calendarId, SlaAdministration.RequireName(name), Valid(calendar), actor.PersonId, now);
    }

    public static BusinessCalendarDefined Define(Guid calendarId, string name, WrittenCalendar calendar, Actor actor, DateTimeOffset now)
    {
        SlaAdministration.RequireAdmin(actor);
        return Define(calendarId, name, calendar.Read(), actor, now);
    }

    public IEnumerable<object> Revise(string name, WrittenCalendar calendar, Actor actor, DateTimeOffset now)
    {
        SlaAdministration.RequireAdmin(actor);
        return Revise(name, calendar.Read(), actor, now);
    }

    public IEnumerable<object> Revise(string name, BusinessCalendar calendar, Actor actor, DateTimeOffset now)
    {
        SlaAdministration.RequireAdmin(actor);
        var trimmed = SlaAdministration.RequireName(name);
        var valid = Valid(calendar);
        return trimmed == Name && valid == Calendar
            ? []
            : [new BusinessCalendarRevised(Id, CalendarVersion + 1, trimmed, valid, actor.PersonId, now)];
    }

    /// <summary>
    /// The calendar in one canonical form (periods in weekday and start order, names trimmed) so that
    /// saving the same calendar again is recognised as no change.
    /// </summary>
    private static BusinessCalendar Valid(BusinessCalendar calendar)
    {
        if (!BusinessCalendar.IsKnownTimeZone(calendar.TimeZoneId))
        {
            throw Invalid($"'{calendar.TimeZoneId}' is not an IANA time zone such as Europe/London.", "timeZoneId");
        }

        if (calendar.WorkingPeriods.Count > MaxWorkingPeriods)
        {
            throw Invalid($"At most {MaxWorkingPeriods} working periods.", "workingPeriods");
        }

        if (calendar.Holidays.Count > MaxHolidays)
        {
            throw Invalid($"At most {MaxHolidays} holidays.", "holidays");
        }

        if (calendar.Holidays.Any(h => string.IsNullOrWhiteSpace(h.Name)))
        {
            throw Invalid("Every holiday needs a name.", "holidays");
        }

        var holidays = calendar.Holidays.Select(h => h with { Name = h.Name.Trim() }).OrderBy(h => h.Date).ToList();
        if (calendar.IsAlwaysOpen)
        {
            return calendar.WorkingPeriods.Count == 0
                ? calendar with { Holidays = holidays }
                : throw Invalid("A 24×7 calendar is open all the time; leave out its working periods.", "workingPeriods");
        }

        var periods = calendar.WorkingPeriods.OrderBy(p => p.Day).ThenBy(p => p.Start).ToList();
        if (periods.FirstOrDefault(p => p.NominalLength <= TimeSpan.Zero) is { } empty)
        {
            throw Invalid($"The {empty.Day} period {empty.Start:HH\\:mm}–{empty.End:HH\\:mm} must end after it starts; write midnight as 00:00.", "workingPeriods");
        }

        var overlap = periods.Zip(periods.Skip(1)).FirstOrDefault(pair =>
            pair.First.Day == pair.Second.Day && pair.Second.Start.ToTimeSpan() < pair.First.Start.ToTimeSpan() + pair.First.NominalLength);
        if (overlap != default)
        {
            throw Invalid($"Working periods on {overlap.First.Day} overlap.", "workingPeriods");
        }

        return periods.Count > 0
            ? calendar with { WorkingPeriods = periods, Holidays = holidays }
            : throw Invalid("A calendar needs working time: add working periods or make it 24×7.", "workingPeriods");
    }

    private static CommandRejected Invalid(string message, string field) => new(Rejection.Invalid, message, field);
}
