namespace Milestone.Api.Sla;

public static class SlaFields
{
    public static void AddSlaQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SlaPolicyType>>>>("slaPolicies").ListSize(10)
            .Description("The SLA policies, default first. Staff only.")
            .PermittedTo(caller => caller.IsStaff, "read SLA policies")
            .ResolveAsync(async context =>
            {
                await using var session = context.OpenQuerySession();
                return (await session.Query<SlaPolicy>().ToListAsync(context.CancellationToken))
                    .OrderByDescending(policy => policy.IsDefault).ThenBy(policy => policy.Settings.Name).ToList();
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BusinessCalendarType>>>>("businessCalendars").ListSize(10)
            .Description("The business calendars SLA policies count in. Staff only.")
            .PermittedTo(caller => caller.IsStaff, "read business calendars")
            .ResolveAsync(async context =>
            {
                await using var session = context.OpenQuerySession();
                return (await session.Query<BusinessCalendarDefinition>().ToListAsync(context.CancellationToken)).OrderBy(calendar => calendar.Name).ToList();
            });
    }

    public static void AddSlaMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<BusinessCalendarType>>("defineBusinessCalendar")
            .Description("A new business calendar: working hours per weekday in a time zone, holidays, or 24×7. Administrators only.")
            .Argument<NonNullGraphType<BusinessCalendarInputType>>("input")
            .ResolveAsync(context => context.ChangedAsync((DefineBusinessCalendar command) => context.LoadAsync<BusinessCalendarDefinition>(command.CalendarId)));

        mutation.Field<NonNullGraphType<BusinessCalendarType>>("reviseBusinessCalendar")
            .Description("A new version of a calendar, complete in itself; running clocks keep the version they started with. Administrators only.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<IntGraphType>>("version", argument => argument.Description = "The streamVersion you last read; CONFLICT if it moved on.")
            .Argument<NonNullGraphType<BusinessCalendarInputType>>("input")
            .ResolveAsync(context => context.ChangedAsync((ReviseBusinessCalendar command) => context.LoadAsync<BusinessCalendarDefinition>(command.CalendarId)));

        mutation.Field<NonNullGraphType<SlaPolicyType>>("defineSlaPolicy")
            .Description("A new SLA policy: response and resolution targets per urgency, an at-risk threshold and a calendar. One policy is the default. Administrators only.")
            .Argument<NonNullGraphType<SlaPolicyInputType>>("input")
            .Argument<BooleanGraphType>("isDefault", argument => argument.DefaultValue = false)
            .ResolveAsync(context => context.ChangedAsync((DefineSlaPolicy command) => context.LoadAsync<SlaPolicy>(command.PolicyId)));

        mutation.Field<NonNullGraphType<SlaPolicyType>>("reviseSlaPolicy")
            .Description("A new version of a policy: requests submitted from now on count under it, running clocks keep the version they started with. Administrators only.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<IntGraphType>>("version", argument => argument.Description = "The streamVersion you last read; CONFLICT if it moved on.")
            .Argument<NonNullGraphType<SlaPolicyInputType>>("input")
            .ResolveAsync(context => context.ChangedAsync((ReviseSlaPolicy command) => context.LoadAsync<SlaPolicy>(command.PolicyId)));
    }
}
