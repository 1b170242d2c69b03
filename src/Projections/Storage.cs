namespace Milestone.Projections;

/// <summary>Where Marten keeps Milestone's tables, for the few queries that name a table in SQL.</summary>
public static class Storage
{
    public const string SchemaName = "milestone";

    /// <summary>The flat tables kept for report builders' SQL (docs/reporting.md); nothing in the service writes them but their projections.</summary>
    public const string ReportingSchema = "reporting";

    /// <summary>Marten's events table: one row per event, with its stream, version, data and metadata.</summary>
    public const string EventTable = SchemaName + ".mt_events";

    /// <summary>The table of <see cref="Domain.Sla.SlaClock"/> documents, with its duplicated request_id, standing and next_due_at columns.</summary>
    public const string SlaClockTable = SchemaName + ".mt_doc_slaclock";
}
