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

        query.Field<NonNullGraphType<SlaWhatIfReportType>>("slaWhatIf")
            .Description("Replays the client's requests submitted in the period under a proposed policy, without writing anything, beside how they actually ran. "
                + "Administrators and the client's account managers.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<NonNullGraphType<SlaPolicyInputType>>("policy")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("from")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("to", argument => argument.Description = $"Up to {SlaWhatIf.MaxDays} days after from.")
            .ResolveAsync(async context => await context.InvokeAsync<SlaWhatIfReport>(context.Command<TrySlaPolicy>()));
    }

    public static void AddSlaMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SlaRecomputationReportType>>("recomputeSlaClocks")
            .Description("After correcting a policy or its calendar (a forgotten holiday), measure again the stopped targets of the clocks that ran under the policy during the period, "
                + "under its current version: each change is recorded as SlaTargetRecomputed, history is kept. Dry run by default. Administrators only.")
            .Argument<NonNullGraphType<IdGraphType>>("policyId")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("from")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("to", argument => argument.Description = $"Up to {SlaWhatIf.MaxDays} days after from.")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .Argument<NonNullGraphType<BooleanGraphType>>("dryRun", argument => argument.DefaultValue = true)
            .ResolveAsync(async context => await context.InvokeAsync<SlaRecomputationReport>(context.Command<RecomputeSlaClocks>()));

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
