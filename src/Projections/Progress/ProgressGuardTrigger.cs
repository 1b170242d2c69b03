using System.Data.Common;
using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Postgresql.Triggers;

namespace Milestone.Projections.Progress;

/// <summary>
/// A constraint trigger, deferred to commit, that calls the guard with the shard whose progress must move with the
/// table. Weasel's triggers are plain ones, so this one writes and compares its own statement, in the form
/// <c>pg_get_triggerdef</c> prints it (events in PostgreSQL's order; the function unqualified when its schema is on the path).
/// </summary>
internal sealed class ProgressGuardTrigger(DbObjectName table, string functionSchema, string functionName, string shard)
    : Trigger(new PostgresqlObjectName(table.Schema, "requires_projection_progress", SchemaUtils.IdentifierUsage.General), table, $"{functionSchema}.{functionName}('{shard}')")
{
    public override void WriteCreateStatement(Migrator migrator, TextWriter writer)
    {
        WriteDropStatement(migrator, writer);
        writer.WriteLine(Statement(qualifiedFunction: true) + ";");
    }

    public override async Task<ISchemaObjectDelta> CreateDeltaAsync(DbDataReader reader, CancellationToken ct = default)
    {
        var existing = await reader.ReadAsync(ct) && !await reader.IsDBNullAsync(0, ct)
            ? await reader.GetFieldValueAsync<string>(0, ct)
            : null;

        var difference = existing switch
        {
            null => SchemaPatchDifference.Create,
            _ when existing == Statement(qualifiedFunction: true) || existing == Statement(qualifiedFunction: false) => SchemaPatchDifference.None,
            _ => SchemaPatchDifference.Update,
        };
        return new SchemaObjectDelta(this, difference);
    }

    private string Statement(bool qualifiedFunction) =>
        $"CREATE CONSTRAINT TRIGGER {Identifier.Name} AFTER INSERT OR DELETE OR UPDATE ON {Target.QualifiedName} DEFERRABLE INITIALLY DEFERRED "
        + $"FOR EACH ROW EXECUTE FUNCTION {(qualifiedFunction ? functionSchema + "." : "")}{functionName}('{shard}')";
}
