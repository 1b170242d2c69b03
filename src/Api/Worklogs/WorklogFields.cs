namespace Milestone.Api.Worklogs;

public static class WorklogFields
{
    public static void AddWorklogQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<LoggedTimeType>>("myLoggedTime")
            .Description("Time the caller logged with work dates from 'from' to 'to', inclusive (My Work: this week).")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("from")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("to")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var (from, to) = (context.GetArgument<DateOnly>("from"), context.GetArgument<DateOnly>("to"));
                await using var session = context.OpenQuerySession();
                var worklogs = await session.Query<WorklogView>()
                    .Where(worklog => worklog.AgentId == caller.PersonId && worklog.DeletedAt == null && worklog.WorkDate >= from && worklog.WorkDate <= to)
                    .Select(worklog => new { worklog.Minutes, worklog.Billable })
                    .ToListAsync(context.CancellationToken);
                return new LoggedTime(worklogs.Sum(worklog => worklog.Minutes), worklogs.Where(worklog => worklog.Billable).Sum(worklog => worklog.Minutes));
            });
    }

    public static void AddWorklogMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<WorklogType>>("logWork")
            .Description("Log time on a request (delivery staff). Send idempotencyKey to make a retry safe.")
            .Argument<NonNullGraphType<IdGraphType>>("requestId")
            .Argument<NonNullGraphType<IntGraphType>>("minutes")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("workDate")
            .Argument<BooleanGraphType>("billable", argument => argument.DefaultValue = true)
            .Argument<StringGraphType>("note")
            .Argument<StringGraphType>("idempotencyKey", argument => argument.Description = CallerKeyFields.Description("worklog"))
            .Argument<IdGraphType>("clientWorklogId", argument => argument.DeprecationReason = "Use idempotencyKey; this is the same key under its old name, not the worklog's id.")
            .Argument<Projects.ProjectTaskInputType>("projectTask", argument => argument.Description = "The project task the time counts toward, whatever task the request is on.")
            .ResolveAsync(context => context.ChangedAsync((LogWork command) => Worklog(context, command.RequestId, command.WorklogId)));

        mutation.Field<NonNullGraphType<WorklogType>>("correctWorklog")
            .Description("Correct a worklog; the hour bank receives a compensating entry, never a rewrite.")
            .Argument<NonNullGraphType<IdGraphType>>("requestId")
            .Argument<NonNullGraphType<IdGraphType>>("worklogId")
            .Argument<NonNullGraphType<IntGraphType>>("minutes")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("workDate")
            .Argument<NonNullGraphType<BooleanGraphType>>("billable")
            .Argument<StringGraphType>("note")
            .ResolveAsync(context => context.ChangedAsync((CorrectWorklog command) => Worklog(context, command.RequestId, command.WorklogId)));

        mutation.Field<NonNullGraphType<WorklogType>>("deleteWorklog")
            .Description("Withdraw a worklog; the hour bank receives a compensating entry.")
            .Argument<NonNullGraphType<IdGraphType>>("requestId")
            .Argument<NonNullGraphType<IdGraphType>>("worklogId")
            .ResolveAsync(context => context.ChangedAsync((DeleteWorklog command) => Worklog(context, command.RequestId, command.WorklogId)));
    }

    /// <summary>The worklog as the command left it: its view is written in the command's own transaction.</summary>
    private static async Task<WorklogView> Worklog(IResolveFieldContext context, Guid requestId, Guid worklogId)
    {
        await using var session = context.OpenQuerySession();
        return await session.Query<WorklogView>().FirstAsync(worklog => worklog.Id == worklogId && worklog.RequestId == requestId, context.CancellationToken);
    }
}
