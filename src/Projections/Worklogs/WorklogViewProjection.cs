namespace Milestone.Projections.Worklogs;

public sealed partial class WorklogViewProjection : MultiStreamProjection<WorklogView, Guid>
{
    public WorklogViewProjection()
    {
        Identity<WorkLogged>(logged => logged.WorklogId);
        Identity<WorklogCorrected>(corrected => corrected.WorklogId);
        Identity<WorklogDeleted>(deleted => deleted.WorklogId);
    }

    public static WorklogView Create(WorkLogged logged) => new(
        logged.WorklogId,
        logged.RequestId,
        logged.ClientId,
        logged.AgentId,
        logged.WorkDate,
        logged.Minutes,
        logged.Billable,
        logged.Note,
        logged.LoggedAt)
    {
        ProjectId = logged.ProjectId,
        ProjectTaskId = logged.ProjectTaskId,
    };

    public static WorklogView Apply(WorklogCorrected corrected, WorklogView worklog) => worklog with
    {
        WorkDate = corrected.WorkDate,
        Minutes = corrected.Minutes,
        Billable = corrected.Billable,
        Note = corrected.Note,
        CorrectedAt = corrected.CorrectedAt,
    };

    public static WorklogView Apply(WorklogDeleted deleted, WorklogView worklog) => worklog with { DeletedAt = deleted.DeletedAt };
}
