namespace Milestone.Api.Sla;

public sealed class BusinessCalendarInput
{
    public string Name { get; set; } = string.Empty;

    public string TimeZone { get; set; } = string.Empty;

    public bool AlwaysOpen { get; set; }

    public List<WorkingPeriodInput>? WorkingHours { get; set; }

    public List<HolidayInput>? Holidays { get; set; }

    public static WrittenCalendar Written(string timeZone, bool alwaysOpen, IReadOnlyList<WorkingPeriodInput>? workingHours, IReadOnlyList<HolidayInput>? holidays) => new(
        timeZone,
        alwaysOpen,
        [.. (workingHours ?? []).Select(period => new WrittenWorkingPeriod(period.Day, period.Start, period.End))],
        [.. (holidays ?? []).Select(holiday => new WrittenHoliday(holiday.Date, holiday.Name, holiday.RecursYearly))]);
}

public sealed class WorkingPeriodInput
{
    public DayOfWeek Day { get; set; }

    public string Start { get; set; } = string.Empty;

    public string End { get; set; } = string.Empty;
}

public sealed class HolidayInput
{
    public string Date { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public bool RecursYearly { get; set; }
}

public sealed class SlaPolicyInput
{
    public string Name { get; set; } = string.Empty;

    public string CalendarId { get; set; } = string.Empty;

    public TimeZoneSource TimeZoneSource { get; set; }

    public int AtRiskPercent { get; set; }

    public List<SlaTargetsInput> Targets { get; set; } = [];

    public static SlaPolicySettings Settings(string name, Guid calendarId, TimeZoneSource timeZoneSource, int atRiskPercent, IReadOnlyList<SlaTargetsInput> targets) => new(
        name,
        [.. targets.Select(target => new SlaTargets(
            target.Urgency,
            TimeSpan.FromMinutes(target.ResponseMinutes),
            TimeSpan.FromMinutes(target.ResolutionMinutes),
            Minutes(target.NextReplyMinutes),
            Minutes(target.PeriodicUpdateMinutes)))],
        atRiskPercent,
        calendarId,
        timeZoneSource);

    private static TimeSpan? Minutes(int? minutes) => minutes is { } given ? TimeSpan.FromMinutes(given) : null;
}

public sealed class SlaTargetsInput
{
    public Urgency Urgency { get; set; }

    public int ResponseMinutes { get; set; }

    public int ResolutionMinutes { get; set; }

    public int? NextReplyMinutes { get; set; }

    public int? PeriodicUpdateMinutes { get; set; }
}

public sealed class BusinessCalendarInputType : InputObjectGraphType<BusinessCalendarInput>
{
    public BusinessCalendarInputType()
    {
        Name = "BusinessCalendarInput";
        Field(input => input.Name);
        Field(input => input.TimeZone).Description("An IANA time zone such as Europe/London.");
        Field(input => input.AlwaysOpen, nullable: true).DefaultValue(false).Description("24×7: every hour counts except on holidays; give no working hours then.");
        Field(input => input.WorkingHours, type: typeof(ListGraphType<NonNullGraphType<WorkingPeriodInputType>>));
        Field(input => input.Holidays, type: typeof(ListGraphType<NonNullGraphType<HolidayInputType>>));
    }
}

public sealed class WorkingPeriodInputType : InputObjectGraphType<WorkingPeriodInput>
{
    public WorkingPeriodInputType()
    {
        Name = "WorkingPeriodInput";
        Field(input => input.Day, type: typeof(NonNullGraphType<WeekdayType>));
        Field(input => input.Start).Description("Local time, HH:mm.");
        Field(input => input.End).Description("Local time, HH:mm; 00:00 is the end of the day.");
    }
}

public sealed class HolidayInputType : InputObjectGraphType<HolidayInput>
{
    public HolidayInputType()
    {
        Name = "HolidayInput";
        Field(input => input.Date).Description("yyyy-MM-dd.");
        Field(input => input.Name);
        Field(input => input.RecursYearly, nullable: true).DefaultValue(false).Description("The same day every year.");
    }
}

public sealed class SlaPolicyInputType : InputObjectGraphType<SlaPolicyInput>
{
    public SlaPolicyInputType()
    {
        Name = "SlaPolicyInput";
        Field(input => input.Name);
        Field(input => input.CalendarId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The business calendar the targets count in.");
        Field(input => input.TimeZoneSource, type: typeof(NonNullGraphType<TimeZoneSourceType>));
        Field(input => input.AtRiskPercent).Description("At risk once this share of a target has passed, 1 to 99.");
        Field(input => input.Targets, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<SlaTargetsInputType>>>)).Description("One entry per urgency.");
    }
}

public sealed class SlaTargetsInputType : InputObjectGraphType<SlaTargetsInput>
{
    public SlaTargetsInputType()
    {
        Name = "SlaTargetsInput";
        Field(input => input.Urgency, type: typeof(NonNullGraphType<UrgencyType>));
        Field(input => input.ResponseMinutes).Description("Business minutes to the first public reply.");
        Field(input => input.ResolutionMinutes).Description("Business minutes to completion.");
        Field(input => input.NextReplyMinutes, nullable: true)
            .Description("Business minutes to the next public reply after a client message, once the first response is behind; none for no such target.");
        Field(input => input.PeriodicUpdateMinutes, nullable: true)
            .Description("Longest silence, in business minutes, between public staff updates while the request is open; none for no such target.");
    }
}
