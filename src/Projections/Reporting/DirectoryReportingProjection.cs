using Milestone.Domain.Organisations;

namespace Milestone.Projections.Reporting;

/// <summary>
/// Keeps <c>reporting.clients</c> and <c>reporting.people</c>: the names, roles and time zones a report builder
/// puts to the ids of the other tables. E-mail addresses stay out: the reader role is a BI login that may share
/// its results widely, and a report names people, it does not contact them.
/// </summary>
public sealed partial class DirectoryReportingProjection : EventProjection
{
    public const string ProjectionName = "ReportingDirectory";

    public DirectoryReportingProjection()
    {
        Name = ProjectionName;
        ReportingTable.Keep(this, ReportingTable.Clients, table =>
        {
            table.AddColumn<Guid>("client_id").AsPrimaryKey();
            table.AddColumn<string>("name").NotNull();
            table.AddColumn<string>("time_zone").NotNull();
            table.AddColumn<Guid>("sla_policy_id");
            table.AddColumn<DateTimeOffset>("created_at").NotNull();
        });
        ReportingTable.Keep(this, ReportingTable.People, table =>
        {
            table.AddColumn<Guid>("person_id").AsPrimaryKey();
            table.AddColumn<string>("name").NotNull();
            table.AddColumn<string>("role").NotNull();
            table.AddColumn<bool>("staff").NotNull();
            table.AddColumn<Guid>("client_id").AddIndex();
            table.AddColumn<string>("status").NotNull();
            table.AddColumn<DateTimeOffset>("invited_at").NotNull();
            table.AddColumn<DateTimeOffset>("joined_at");
            table.AddColumn<DateTimeOffset>("deactivated_at");
        });
    }

    public static void Project(ClientOrganisationCreated created, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"insert into {ReportingTable.Clients} (client_id, name, time_zone, created_at) values (?, ?, ?, ?) on conflict (client_id) do nothing",
        created.ClientId, created.Name, created.TimeZone, created.CreatedAt);

    public static void Project(ClientSlaPolicyChosen chosen, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"update {ReportingTable.Clients} set sla_policy_id = ?::uuid where client_id = ?", (object?)chosen.PolicyId ?? DBNull.Value, chosen.ClientId);

    public static void Project(PersonInvited invited, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"""
        insert into {ReportingTable.People} (person_id, name, role, staff, client_id, status, invited_at)
        values (?, ?, ?, ?, ?::uuid, ?, ?) on conflict (person_id) do nothing
        """,
        invited.PersonId, invited.Name, invited.Role.ToString(), invited.Role.IsStaff(), (object?)invited.ClientId ?? DBNull.Value, nameof(PersonStatus.Invited), invited.InvitedAt);

    public static void Project(SignedUpThroughLink signedUp, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"""
        insert into {ReportingTable.People} (person_id, name, role, staff, client_id, status, invited_at)
        values (?, ?, ?, ?, ?::uuid, ?, ?) on conflict (person_id) do nothing
        """,
        signedUp.PersonId, signedUp.Name, signedUp.Role.ToString(), signedUp.Role.IsStaff(), (object?)signedUp.ClientId ?? DBNull.Value,
        nameof(PersonStatus.PendingVerification), signedUp.SignedUpAt);

    public static void Project(SignUpRenewed renewed, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"update {ReportingTable.People} set name = ? where person_id = ?", renewed.Name, renewed.PersonId);

    public static void Project(ProfileUpdated updated, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"update {ReportingTable.People} set name = ? where person_id = ?", updated.Name, updated.PersonId);

    public static void Project(EmailVerified verified, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"update {ReportingTable.People} set status = ?, joined_at = ? where person_id = ?", nameof(PersonStatus.Active), verified.VerifiedAt, verified.PersonId);

    public static void Project(InvitationAccepted accepted, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"update {ReportingTable.People} set status = ?, joined_at = ? where person_id = ?", nameof(PersonStatus.Active), accepted.AcceptedAt, accepted.PersonId);

    public static void Project(PersonDeactivated deactivated, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"update {ReportingTable.People} set status = ?, deactivated_at = ? where person_id = ?", nameof(PersonStatus.Deactivated), deactivated.DeactivatedAt, deactivated.PersonId);

    public static void Project(PersonRoleChanged changed, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"update {ReportingTable.People} set role = ?, staff = ? where person_id = ?", changed.To.ToString(), changed.To.IsStaff(), changed.PersonId);
}
