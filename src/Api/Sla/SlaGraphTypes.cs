namespace Milestone.Api.Sla;

public sealed class SlaStateType() : EnumGraphType<SlaState>(description: "ON_TRACK, AT_RISK (past the policy's at-risk share), BREACHED (past due, or stopped late), PAUSED (waiting on the client), MET (stopped in time), NOT_APPLICABLE (cancelled).");

public sealed class SlaColourType() : EnumGraphType<SlaColour>(description: "The portal's traffic light: RED once breached, YELLOW while at risk, GREEN otherwise.");

public sealed class SlaTargetKindType : EnumerationGraphType<SlaTargetKind>;

public sealed class TimeZoneSourceType() : EnumGraphType<TimeZoneSource>(description: "CALENDAR: count in the calendar's own zone. CLIENT: count the calendar's hours in each client's zone.");

public sealed class WeekdayType() : EnumGraphType<DayOfWeek>(name: "Weekday");

/// <summary>A request's SLA as it stands at the moment of the query.</summary>
public sealed record RequestSla(SlaClock Clock, DateTimeOffset Now)
{
    public SlaTargetView Response => Clock.Status(SlaTargetKind.Response, Now);

    public SlaTargetView Resolution => Clock.Status(SlaTargetKind.Resolution, Now);

    public SlaTargetView? NextReply => Clock.FollowUpStatus(SlaTargetKind.NextReply, Now);

    public SlaTargetView? PeriodicUpdate => Clock.FollowUpStatus(SlaTargetKind.PeriodicUpdate, Now);
}

public sealed class RequestSlaType : ObjectGraphType<RequestSla>
{
    public RequestSlaType()
    {
        Name = "RequestSla";
        Description = "The request's SLA clocks: the first public reply by staff, resolution (a new cycle after each reopen) and, when the policy sets them, the next reply and the periodic update.";
        Field("policyId", sla => sla.Clock.Terms.PolicyId, type: typeof(NonNullGraphType<IdGraphType>));
        Field("policyVersion", sla => sla.Clock.Terms.PolicyVersion).Description("The policy version the clock started under; later edits do not change it.");
        Field("standing", sla => sla.Clock.Standing, type: typeof(NonNullGraphType<SlaStateType>)).Description("The worst state of the running targets, as recorded.");
        Field(sla => sla.Response, type: typeof(NonNullGraphType<SlaTargetType>));
        Field(sla => sla.Resolution, type: typeof(NonNullGraphType<SlaTargetType>));
        Field(sla => sla.NextReply, type: typeof(SlaTargetType))
            .Description("The latest next-reply target: started by a client message once the first response is behind; none until then or under a policy without it.");
        Field(sla => sla.PeriodicUpdate, type: typeof(SlaTargetType))
            .Description("The latest periodic-update target: started by each public staff reply while the request is open; none until then or under a policy without it.");
    }
}

public sealed class SlaTargetType : ObjectGraphType<SlaTargetView>
{
    public SlaTargetType()
    {
        Name = "SlaTarget";
        Field(target => target.Kind, type: typeof(NonNullGraphType<SlaTargetKindType>));
        Field(target => target.Cycle).Description("1, then one more for each reopen (resolution), each client message answered (next reply) or each public staff update (periodic update).");
        Field(target => target.State, type: typeof(NonNullGraphType<SlaStateType>));
        Field(target => target.Colour, type: typeof(NonNullGraphType<SlaColourType>));
        Field(target => target.DueAt, nullable: true).Description("When it falls due; none while paused, stopped or not applicable.");
        Field(target => target.StoppedAt, nullable: true).Description("When it stopped, met or missed; none while it counts, is paused or is not applicable.");
        Field<NonNullGraphType<IntGraphType>>("targetSeconds").Description("Business time allowed.").Resolve(context => Seconds(context.Source.Target));
        Field<NonNullGraphType<IntGraphType>>("elapsedSeconds").Description("Business time counted so far, in whole seconds (rounded down).").Resolve(context => Seconds(context.Source.Elapsed));
        Field<NonNullGraphType<IntGraphType>>("remainingSeconds").Description("Business time left before it is due: targetSeconds − elapsedSeconds while it counts; 0 once due or stopped.").Resolve(context => Seconds(context.Source.Remaining));
    }

    private static int Seconds(TimeSpan span) => (int)span.TotalSeconds;
}

public sealed class SlaPolicyType : ObjectGraphType<SlaPolicy>
{
    public SlaPolicyType()
    {
        Name = "SlaPolicy";
        Field(policy => policy.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field("name", policy => policy.Settings.Name);
        Field(policy => policy.IsDefault).Description("Whether clients without a policy of their own count under it.");
        Field(policy => policy.PolicyVersion).Description("1 at definition, one more for each revision.");
        Field("streamVersion", policy => policy.Version).Description("The version to send back with the next revision, for optimistic concurrency.");
        Field("calendarId", policy => policy.Settings.CalendarId, type: typeof(NonNullGraphType<IdGraphType>));
        Field("timeZoneSource", policy => policy.Settings.TimeZoneSource, type: typeof(NonNullGraphType<TimeZoneSourceType>));
        Field("atRiskPercent", policy => policy.Settings.AtRiskPercent);
        Field("targets", policy => policy.Settings.Targets, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<SlaTargetsType>>>)).ListSize(4);
    }
}

public sealed class SlaTargetsType : ObjectGraphType<SlaTargets>
{
    public SlaTargetsType()
    {
        Name = "SlaTargets";
        Field(targets => targets.Urgency, type: typeof(NonNullGraphType<UrgencyType>));
        Field<NonNullGraphType<IntGraphType>>("responseMinutes").Resolve(context => (int)context.Source.Response.TotalMinutes);
        Field<NonNullGraphType<IntGraphType>>("resolutionMinutes").Resolve(context => (int)context.Source.Resolution.TotalMinutes);
        Field<IntGraphType>("nextReplyMinutes").Resolve(context => (int?)context.Source.NextReply?.TotalMinutes);
        Field<IntGraphType>("periodicUpdateMinutes").Resolve(context => (int?)context.Source.PeriodicUpdate?.TotalMinutes);
    }
}

public sealed class BusinessCalendarType : ObjectGraphType<BusinessCalendarDefinition>
{
    public BusinessCalendarType()
    {
        Name = "BusinessCalendar";
        Field(calendar => calendar.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(calendar => calendar.Name);
        Field(calendar => calendar.CalendarVersion).Description("1 at definition, one more for each revision.");
        Field("streamVersion", calendar => calendar.Version).Description("The version to send back with the next revision, for optimistic concurrency.");
        Field("timeZone", calendar => calendar.Calendar.TimeZoneId);
        Field("alwaysOpen", calendar => calendar.Calendar.IsAlwaysOpen).Description("24×7: every hour counts except on holidays.");
        Field("workingHours", calendar => calendar.Calendar.WorkingPeriods, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<WorkingPeriodType>>>)).ListSize(14);
        Field("holidays", calendar => calendar.Calendar.Holidays, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<HolidayType>>>)).ListSize(30);
    }
}

public sealed class WorkingPeriodType : ObjectGraphType<WorkingPeriod>
{
    public WorkingPeriodType()
    {
        Name = "WorkingPeriod";
        Field(period => period.Day, type: typeof(NonNullGraphType<WeekdayType>));
        Field<NonNullGraphType<StringGraphType>>("start").Description("Local time, HH:mm.").Resolve(context => context.Source.Start.ToString("HH:mm"));
        Field<NonNullGraphType<StringGraphType>>("end").Description("Local time, HH:mm; 00:00 is the end of the day.").Resolve(context => context.Source.End.ToString("HH:mm"));
    }
}

public sealed class HolidayType : ObjectGraphType<Holiday>
{
    public HolidayType()
    {
        Name = "Holiday";
        Field<NonNullGraphType<StringGraphType>>("date").Description("yyyy-MM-dd.").Resolve(context => context.Source.Date.ToString("yyyy-MM-dd"));
        Field(holiday => holiday.Name);
        Field(holiday => holiday.RecursYearly).Description("The same day every year.");
    }
}
