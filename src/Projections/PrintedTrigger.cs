using System.Data.Common;
using Weasel.Core;
using Weasel.Postgresql.Triggers;

namespace Milestone.Projections;

/// <summary>
/// A trigger compared with the definition PostgreSQL prints for it. <c>pg_get_triggerdef</c> prints the trigger's
/// function unqualified whenever its schema is on the reading session's search path (it is, for a database owner named
/// after the schema), so Weasel's own comparison would see a difference on every start-up and `db-assert` would fail.
/// </summary>
internal abstract class PrintedTrigger(DbObjectName name, DbObjectName table, string functionCall) : Trigger(name, table, functionCall)
{
    /// <summary>Whether the definition PostgreSQL printed is this trigger, with its function qualified or not.</summary>
    protected abstract bool IsPrintedAs(string definition);

    public override async Task<ISchemaObjectDelta> CreateDeltaAsync(DbDataReader reader, CancellationToken ct = default)
    {
        var existing = await reader.ReadAsync(ct) && !await reader.IsDBNullAsync(0, ct)
            ? await reader.GetFieldValueAsync<string>(0, ct)
            : null;

        var difference = existing switch
        {
            null => SchemaPatchDifference.Create,
            _ when IsPrintedAs(existing) => SchemaPatchDifference.None,
            _ => SchemaPatchDifference.Update,
        };
        return new SchemaObjectDelta(this, difference);
    }
}
