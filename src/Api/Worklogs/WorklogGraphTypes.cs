namespace Milestone.Api.Worklogs;

public sealed class WorklogType : NodeGraphType<WorklogView>
{
    public WorklogType()
        : base("Worklog", "Time an agent spent on a request.", worklog => worklog.Id)
    {
        Field(worklog => worklog.RequestId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<RequestType>("request").Description("The request it was logged on.").Resolve(context => context.LinkedRequest(context.Source.RequestId));
        Field(worklog => worklog.AgentId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<PersonType>("agent").Description("Who logged it.").Resolve(context => context.Person(context.Source.AgentId));
        Field(worklog => worklog.WorkDate, type: typeof(NonNullGraphType<DateOnlyGraphType>));
        Field(worklog => worklog.Minutes);
        Field(worklog => worklog.Billable);
        Field(worklog => worklog.Note);
        Field(worklog => worklog.ProjectId, type: typeof(IdGraphType)).Description("The project whose task the worklog itself names; otherwise it counts toward its request's task.");
        Field(worklog => worklog.ProjectTaskId, type: typeof(IdGraphType));
        Field(worklog => worklog.LoggedAt);
        Field(worklog => worklog.CorrectedAt, nullable: true);
        Field(worklog => worklog.DeletedAt, nullable: true);
    }
}

public sealed record LoggedTime(int Minutes, int BillableMinutes);

public sealed class LoggedTimeType : ObjectGraphType<LoggedTime>
{
    public LoggedTimeType()
    {
        Name = "LoggedTime";
        Field(time => time.Minutes);
        Field(time => time.BillableMinutes);
    }
}
