using Milestone.Domain.Projects;

namespace Milestone.Projections.Reporting;

/// <summary>
/// Keeps <c>reporting.projects</c> (one row per project, as it stands), <c>reporting.project_phases</c> (its phases in
/// order) and <c>reporting.project_tasks</c> (one row per task) for BI. Progress is worked out from the task rows (done
/// estimates over all that are not cancelled); time logged joins through <c>reporting.worklogs</c> and
/// <c>reporting.requests</c> (docs/reporting.md).
/// </summary>
public sealed partial class ProjectReportingProjection : EventProjection
{
    public const string ProjectionName = "ReportingProjects";

    public ProjectReportingProjection()
    {
        Name = ProjectionName;
        ReportingTable.Keep(this, ReportingTable.Projects, table =>
        {
            table.AddColumn<Guid>("project_id").AsPrimaryKey();
            table.AddColumn<Guid>("client_id").NotNull().AddIndex();
            table.AddColumn<string>("number").NotNull();
            table.AddColumn<string>("name").NotNull();
            table.AddColumn<string>("status").NotNull();
            table.AddColumn<DateOnly>("start_date").NotNull();
            table.AddColumn<DateOnly>("end_date");
            table.AddColumn<DateTimeOffset>("created_at").NotNull();
            table.AddColumn<DateTimeOffset>("completed_at");
            table.AddColumn<DateTimeOffset>("last_changed_at").NotNull();
        });
        ReportingTable.Keep(this, ReportingTable.ProjectPhases, table =>
        {
            table.AddColumn<Guid>("phase_id").AsPrimaryKey();
            table.AddColumn<Guid>("project_id").NotNull().AddIndex();
            table.AddColumn<int>("position").NotNull();
            table.AddColumn<string>("name").NotNull();
            table.AddColumn<DateOnly>("start_date");
            table.AddColumn<DateOnly>("end_date");
        });
        ReportingTable.Keep(this, ReportingTable.ProjectTasks, table =>
        {
            table.AddColumn<Guid>("task_id").AsPrimaryKey();
            table.AddColumn<Guid>("project_id").NotNull().AddIndex();
            table.AddColumn<Guid>("client_id").NotNull();
            table.AddColumn<Guid>("phase_id").NotNull();
            table.AddColumn<string>("title").NotNull();
            table.AddColumn<string>("status").NotNull();
            table.AddColumn<Guid>("assignee_id");
            table.AddColumn<int>("estimate_minutes").NotNull();
            table.AddColumn<DateTimeOffset>("completed_at");
        });
    }

    public static void Project(ProjectCreated created, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"""
        insert into {ReportingTable.Projects} (project_id, client_id, number, name, status, start_date, end_date, created_at, last_changed_at)
        values (?, ?, ?, ?, ?, ?, ?::date, ?, ?) on conflict (project_id) do nothing
        """,
        created.ProjectId, created.ClientId, created.Number, created.Name, nameof(ProjectStatus.Planned), created.StartDate, Nullable(created.EndDate), created.CreatedAt, created.CreatedAt);

    public static void Project(ProjectDetailsChanged changed, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"update {ReportingTable.Projects} set name = ?, start_date = ?, end_date = ?::date, last_changed_at = ? where project_id = ?",
        changed.Name, changed.StartDate, Nullable(changed.EndDate), changed.ChangedAt, changed.ProjectId);

    public static void Project(ProjectStatusChanged changed, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"update {ReportingTable.Projects} set status = ?, completed_at = ?::timestamptz, last_changed_at = ? where project_id = ?",
        changed.To.ToString(), changed.To == ProjectStatus.Completed ? changed.ChangedAt : DBNull.Value, changed.ChangedAt, changed.ProjectId);

    /// <summary>The phases from the new one's place on move down one.</summary>
    public static void Project(PhaseAdded added, IDocumentOperations operations)
    {
        operations.QueueSqlCommand(
            $"update {ReportingTable.ProjectPhases} set position = position + 1 where project_id = ? and position >= ? and phase_id <> ?",
            added.ProjectId, added.Position, added.PhaseId);
        operations.QueueSqlCommand(
            $"""
            insert into {ReportingTable.ProjectPhases} (phase_id, project_id, position, name, start_date, end_date)
            values (?, ?, ?, ?, ?::date, ?::date) on conflict (phase_id) do nothing
            """,
            added.PhaseId, added.ProjectId, added.Position, added.Name, Nullable(added.StartDate), Nullable(added.EndDate));
    }

    public static void Project(PhaseChanged changed, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"update {ReportingTable.ProjectPhases} set name = ?, start_date = ?::date, end_date = ?::date where phase_id = ?",
        changed.Name, Nullable(changed.StartDate), Nullable(changed.EndDate), changed.PhaseId);

    public static void Project(TaskAdded added, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"""
        insert into {ReportingTable.ProjectTasks} (task_id, project_id, client_id, phase_id, title, status, assignee_id, estimate_minutes)
        values (?, ?, ?, ?, ?, ?, ?::uuid, ?) on conflict (task_id) do nothing
        """,
        added.TaskId, added.ProjectId, added.ClientId, added.PhaseId, added.Title, nameof(ProjectTaskStatus.ToDo), Nullable(added.AssigneeId), added.EstimateMinutes);

    public static void Project(TaskChanged changed, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"update {ReportingTable.ProjectTasks} set phase_id = ?, title = ?, estimate_minutes = ? where task_id = ?",
        changed.PhaseId, changed.Title, changed.EstimateMinutes, changed.TaskId);

    public static void Project(TaskAssigned assigned, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"update {ReportingTable.ProjectTasks} set assignee_id = ?::uuid where task_id = ?", Nullable(assigned.AssigneeId), assigned.TaskId);

    public static void Project(TaskStarted started, IDocumentOperations operations) => Moved(operations, started.TaskId, ProjectTaskStatus.InProgress, null);

    public static void Project(TaskCompleted completed, IDocumentOperations operations) => Moved(operations, completed.TaskId, ProjectTaskStatus.Done, completed.CompletedAt);

    public static void Project(TaskReopened reopened, IDocumentOperations operations) => Moved(operations, reopened.TaskId, ProjectTaskStatus.ToDo, null);

    public static void Project(TaskCancelled cancelled, IDocumentOperations operations) => Moved(operations, cancelled.TaskId, ProjectTaskStatus.Cancelled, null);

    private static void Moved(IDocumentOperations operations, Guid taskId, ProjectTaskStatus to, DateTimeOffset? completedAt) => operations.QueueSqlCommand(
        $"update {ReportingTable.ProjectTasks} set status = ?, completed_at = ?::timestamptz where task_id = ?", to.ToString(), Nullable(completedAt), taskId);

    private static object Nullable<T>(T? value) where T : struct => value.HasValue ? value.Value : DBNull.Value;
}
