namespace Milestone.Projections.Reporting;

/// <summary>
/// Keeps <c>reporting.teams</c> (one row per team) and <c>reporting.team_memberships</c> (one row per spell a person
/// spent in a team), so team figures count each member's work only while they belonged, however the team changes later.
/// </summary>
public sealed partial class TeamReportingProjection : EventProjection
{
    public const string ProjectionName = "ReportingTeams";

    public TeamReportingProjection()
    {
        Name = ProjectionName;
        ReportingTable.Keep(this, ReportingTable.Teams, table =>
        {
            table.AddColumn<Guid>("team_id").AsPrimaryKey();
            table.AddColumn<string>("name").NotNull();
            table.AddColumn<Guid>("lead_id");
            table.AddColumn<DateTimeOffset>("created_at").NotNull();
        });
        ReportingTable.Keep(this, ReportingTable.TeamMemberships, table =>
        {
            table.AddColumn<Guid>("team_id").AsPrimaryKey();
            table.AddColumn<Guid>("person_id").AsPrimaryKey().AddIndex();
            table.AddColumn<DateTimeOffset>("joined_at").AsPrimaryKey();
            table.AddColumn<DateTimeOffset>("left_at");
        });
    }

    public static void Project(TeamCreated created, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"insert into {ReportingTable.Teams} (team_id, name, created_at) values (?, ?, ?) on conflict (team_id) do nothing",
        created.TeamId, created.Name, created.CreatedAt);

    public static void Project(TeamRenamed renamed, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"update {ReportingTable.Teams} set name = ? where team_id = ?", renamed.Name, renamed.TeamId);

    public static void Project(TeamLeadChosen chosen, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"update {ReportingTable.Teams} set lead_id = ?::uuid where team_id = ?", (object?)chosen.LeadId ?? DBNull.Value, chosen.TeamId);

    public static void Project(TeamMemberAdded added, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"insert into {ReportingTable.TeamMemberships} (team_id, person_id, joined_at) values (?, ?, ?) on conflict do nothing",
        added.TeamId, added.PersonId, added.AddedAt);

    public static void Project(TeamMemberRemoved removed, IDocumentOperations operations)
    {
        operations.QueueSqlCommand(
            $"update {ReportingTable.TeamMemberships} set left_at = ? where team_id = ? and person_id = ? and left_at is null",
            removed.RemovedAt, removed.TeamId, removed.PersonId);
        operations.QueueSqlCommand(
            $"update {ReportingTable.Teams} set lead_id = null where team_id = ? and lead_id = ?", removed.TeamId, removed.PersonId);
    }
}
