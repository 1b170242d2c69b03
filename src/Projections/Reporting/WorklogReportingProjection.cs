using Marten.Events.Projections.Flattened;
using Milestone.Domain.Requests;

namespace Milestone.Projections.Reporting;

/// <summary>Keeps <c>reporting.worklogs</c>: one row per worklog as it stands; a deleted one stays, marked, so history adds up.</summary>
public sealed class WorklogReportingProjection : FlatTableProjection
{
    public const string ProjectionName = "ReportingWorklogs";

    public WorklogReportingProjection()
        : base(ReportingTable.Name(ReportingTable.Worklogs))
    {
        Name = ProjectionName;
        Table.AddColumn<Guid>("worklog_id").AsPrimaryKey();
        Project<WorkLogged>(
            map =>
            {
                map.Map(logged => logged.RequestId);
                map.Map(logged => logged.ClientId);
                map.Map(logged => logged.AgentId);
                map.Map(logged => logged.WorkDate);
                map.Map(logged => logged.Minutes);
                map.Map(logged => logged.Billable);
                map.Map(logged => logged.LoggedAt);
                map.Map(logged => logged.LoggedAt, "changed_at");
                map.SetValue("state", "Logged");
            },
            logged => logged.WorklogId);
        Project<WorklogCorrected>(
            map =>
            {
                map.Map(corrected => corrected.WorkDate);
                map.Map(corrected => corrected.Minutes);
                map.Map(corrected => corrected.Billable);
                map.Map(corrected => corrected.CorrectedAt, "changed_at");
                map.SetValue("state", "Corrected");
            },
            corrected => corrected.WorklogId);
        Project<WorklogDeleted>(
            map =>
            {
                map.Map(deleted => deleted.DeletedAt, "changed_at");
                map.SetValue("state", "Deleted");
            },
            deleted => deleted.WorklogId);
    }
}
