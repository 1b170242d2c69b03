namespace Milestone.Projections.Reporting;

/// <summary>Keeps <c>reporting.worklogs</c>: one row per worklog as it stands; a deleted one stays, marked, so history adds up.</summary>
public sealed class WorklogReportingProjection : EntityRowProjection
{
    public const string ProjectionName = "ReportingWorklogs";

    public WorklogReportingProjection()
        : base(ProjectionName, ReportingTable.Worklogs, "worklog_id")
    {
        MarkRow<WorkLogged>(
            logged => logged.WorklogId,
            "Logged",
            logged => logged.LoggedAt,
            map =>
            {
                map.Map(logged => logged.RequestId);
                map.Map(logged => logged.ClientId);
                map.Map(logged => logged.AgentId);
                map.Map(logged => logged.WorkDate);
                map.Map(logged => logged.Minutes);
                map.Map(logged => logged.Billable);
                map.Map(logged => logged.LoggedAt);
                map.Map(logged => logged.ProjectId);
                map.Map(logged => logged.ProjectTaskId);
            });
        MarkRow<WorklogCorrected>(
            corrected => corrected.WorklogId,
            "Corrected",
            corrected => corrected.CorrectedAt,
            map =>
            {
                map.Map(corrected => corrected.WorkDate);
                map.Map(corrected => corrected.Minutes);
                map.Map(corrected => corrected.Billable);
            });
        MarkRow<WorklogDeleted>(deleted => deleted.WorklogId, "Deleted", deleted => deleted.DeletedAt);
    }
}
