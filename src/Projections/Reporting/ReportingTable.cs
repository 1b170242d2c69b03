using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Milestone.Projections.Reporting;

/// <summary>The tables of the <c>reporting</c> schema, named once for the projections that keep them and the queries that read them.</summary>
public static class ReportingTable
{
    public const string Requests = Storage.ReportingSchema + ".requests";
    public const string StatusChanges = Storage.ReportingSchema + ".status_changes";
    public const string SlaCycles = Storage.ReportingSchema + ".sla_cycles";
    public const string Worklogs = Storage.ReportingSchema + ".worklogs";
    public const string LedgerEntries = Storage.ReportingSchema + ".ledger_entries";
    public const string Messages = Storage.ReportingSchema + ".messages";
    public const string Teams = Storage.ReportingSchema + ".teams";
    public const string TeamMemberships = Storage.ReportingSchema + ".team_memberships";
    public const string Clients = Storage.ReportingSchema + ".clients";
    public const string People = Storage.ReportingSchema + ".people";
    public const string Invoices = Storage.ReportingSchema + ".invoices";
    public const string InvoiceLines = Storage.ReportingSchema + ".invoice_lines";
    public const string InvoiceLineEntries = Storage.ReportingSchema + ".invoice_line_entries";
    public const string Projects = Storage.ReportingSchema + ".projects";
    public const string SelfService = Storage.ReportingSchema + ".self_service";
    public const string ProjectPhases = Storage.ReportingSchema + ".project_phases";
    public const string ProjectTasks = Storage.ReportingSchema + ".project_tasks";
    public const string Locations = Storage.ReportingSchema + ".locations";
    public const string Assets = Storage.ReportingSchema + ".assets";
    public const string RequestAssets = Storage.ReportingSchema + ".request_assets";

    public static PostgresqlObjectName Name(string qualified) =>
        new(Storage.ReportingSchema, qualified[(Storage.ReportingSchema.Length + 1)..], SchemaUtils.IdentifierUsage.General);

    /// <summary>
    /// Declares a table that <paramref name="projection"/> keeps: created with the rest of the schema, and emptied
    /// when the projection is rebuilt, so that the rebuild starts from no rows.
    /// </summary>
    public static void Keep(EventProjection projection, string qualified, Action<Table> columns)
    {
        var table = new Table(Name(qualified));
        columns(table);
        projection.SchemaObjects.Add(table);
        projection.Options.DeleteDataInTableOnTeardown(table.Identifier.QualifiedName);
    }
}
