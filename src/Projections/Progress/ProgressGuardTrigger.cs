using Weasel.Core;
using Weasel.Postgresql;

namespace Milestone.Projections.Progress;

/// <summary>
/// A constraint trigger, deferred to commit, that calls the guard with the shard whose progress must move with the
/// table. Weasel's triggers are plain ones, so this one writes its own statement, in the form <c>pg_get_triggerdef</c>
/// prints it (events in PostgreSQL's order).
/// </summary>
internal sealed class ProgressGuardTrigger(DbObjectName table, string functionSchema, string functionName, string shard)
    : PrintedTrigger(
        new PostgresqlObjectName(table.Schema, "requires_projection_progress", SchemaUtils.IdentifierUsage.General),
        table,
        $"{functionSchema}.{functionName}('{shard}')")
{
    public override void WriteCreateStatement(Migrator migrator, TextWriter writer)
    {
        WriteDropStatement(migrator, writer);
        writer.WriteLine(Statement(qualifiedFunction: true) + ";");
    }

    protected override bool IsPrintedAs(string definition) =>
        definition == Statement(qualifiedFunction: true) || definition == Statement(qualifiedFunction: false);

    private string Statement(bool qualifiedFunction) =>
        $"CREATE CONSTRAINT TRIGGER {Identifier.Name} AFTER INSERT OR DELETE OR UPDATE ON {Target.QualifiedName} DEFERRABLE INITIALLY DEFERRED "
        + $"FOR EACH ROW EXECUTE FUNCTION {(qualifiedFunction ? functionSchema + "." : "")}{functionName}('{shard}')";
}
