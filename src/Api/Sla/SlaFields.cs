using GraphQL;
using GraphQL.Types;
using Marten;
using Milestone.Api.GraphQL;
using Milestone.Api.Identity;
using Milestone.Domain.Sla;
using Wolverine;

namespace Milestone.Api.Sla;

public static class SlaFields
{
    public static void AddSlaQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SlaPolicyType>>>>("slaPolicies").ListSize(10)
            .Description("The SLA policies, default first. Staff only.")
            .ResolveAsync(async context =>
            {
                RequireStaff(context.Caller(), "read SLA policies");
                await using var session = context.OpenQuerySession();
                return (await session.Query<SlaPolicy>().ToListAsync(context.CancellationToken))
                    .OrderByDescending(policy => policy.IsDefault).ThenBy(policy => policy.Settings.Name).ToList();
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BusinessCalendarType>>>>("businessCalendars").ListSize(10)
            .Description("The business calendars SLA policies count in. Staff only.")
            .ResolveAsync(async context =>
            {
                RequireStaff(context.Caller(), "read business calendars");
                await using var session = context.OpenQuerySession();
                return (await session.Query<BusinessCalendarDefinition>().ToListAsync(context.CancellationToken)).OrderBy(calendar => calendar.Name).ToList();
            });
    }

    public static void AddSlaMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<BusinessCalendarType>>("defineBusinessCalendar")
            .Description("A new business calendar: working hours per weekday in a time zone, holidays, or 24×7. Administrators only.")
            .Argument<NonNullGraphType<BusinessCalendarInputType>>("input")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var input = context.GetArgument<BusinessCalendarInput>("input");
                var calendarId = Guid.CreateVersion7(context.Now());
                await context.Service<IMessageBus>().InvokeAsync(
                    new DefineBusinessCalendar(calendarId, input.Name, input.ToCalendar(), caller.AsActor()), context.CancellationToken);
                return await LoadAsync<BusinessCalendarDefinition>(context, calendarId);
            });

        mutation.Field<NonNullGraphType<BusinessCalendarType>>("reviseBusinessCalendar")
            .Description("A new version of a calendar, complete in itself; running clocks keep the version they started with. Administrators only.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<IntGraphType>>("version", argument => argument.Description = "The streamVersion you last read; CONFLICT if it moved on.")
            .Argument<NonNullGraphType<BusinessCalendarInputType>>("input")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var calendarId = await ExistingAsync<BusinessCalendarDefinition>(context, "business calendar");
                var input = context.GetArgument<BusinessCalendarInput>("input");
                await context.Service<IMessageBus>().InvokeAsync(
                    new ReviseBusinessCalendar(calendarId, context.GetArgument<int>("version"), input.Name, input.ToCalendar(), caller.AsActor()),
                    context.CancellationToken);
                return await LoadAsync<BusinessCalendarDefinition>(context, calendarId);
            });

        mutation.Field<NonNullGraphType<SlaPolicyType>>("defineSlaPolicy")
            .Description("A new SLA policy: response and resolution targets per urgency, an at-risk threshold and a calendar. One policy is the default. Administrators only.")
            .Argument<NonNullGraphType<SlaPolicyInputType>>("input")
            .Argument<BooleanGraphType>("isDefault", argument => argument.DefaultValue = false)
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var policyId = Guid.CreateVersion7(context.Now());
                await context.Service<IMessageBus>().InvokeAsync(
                    new DefineSlaPolicy(policyId, context.GetArgument<bool>("isDefault"), context.GetArgument<SlaPolicyInput>("input").ToSettings(), caller.AsActor()),
                    context.CancellationToken);
                return await LoadAsync<SlaPolicy>(context, policyId);
            });

        mutation.Field<NonNullGraphType<SlaPolicyType>>("reviseSlaPolicy")
            .Description("A new version of a policy: requests submitted from now on count under it, running clocks keep the version they started with. Administrators only.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<IntGraphType>>("version", argument => argument.Description = "The streamVersion you last read; CONFLICT if it moved on.")
            .Argument<NonNullGraphType<SlaPolicyInputType>>("input")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var policyId = await ExistingAsync<SlaPolicy>(context, "SLA policy");
                await context.Service<IMessageBus>().InvokeAsync(
                    new ReviseSlaPolicy(policyId, context.GetArgument<int>("version"), context.GetArgument<SlaPolicyInput>("input").ToSettings(), caller.AsActor()),
                    context.CancellationToken);
                return await LoadAsync<SlaPolicy>(context, policyId);
            });
    }

    private static void RequireStaff(Caller caller, string what)
    {
        if (!caller.IsStaff)
        {
            throw Refusals.Forbidden(what);
        }
    }

    private static async Task<Guid> ExistingAsync<T>(IResolveFieldContext context, string what) where T : notnull
    {
        RequireStaff(context.Caller(), $"change a {what}");
        await using var session = context.OpenQuerySession();
        return context.GuidArgument("id") is { } id && await session.LoadAsync<T>(id, context.CancellationToken) is not null
            ? id
            : throw Refusals.NotFound(what);
    }

    private static async Task<T> LoadAsync<T>(IResolveFieldContext context, Guid id) where T : notnull
    {
        await using var session = context.OpenQuerySession();
        return (await session.LoadAsync<T>(id, context.CancellationToken))!;
    }
}
