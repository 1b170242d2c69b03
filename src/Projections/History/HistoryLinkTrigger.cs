using System.Data.Common;
using Weasel.Core;
using Weasel.Postgresql.Triggers;

namespace Milestone.Projections.History;

/// <summary>
/// The chain's trigger. PostgreSQL prints the trigger's function unqualified whenever its schema is on
/// the reading session's search path (it is, for a database owner named after the schema), so Weasel's
/// own comparison saw a difference on every start-up and `db-assert` failed; this one compares the
/// definition with the function's schema both ways.
/// </summary>
internal sealed class HistoryLinkTrigger(string name, string table, string schema, string function)
    : Trigger(name, table, $"{schema}.{function}()")
{
    public override async Task<ISchemaObjectDelta> CreateDeltaAsync(DbDataReader reader, CancellationToken ct = default)
    {
        var existing = await reader.ReadAsync(ct) && !await reader.IsDBNullAsync(0, ct)
            ? await reader.GetFieldValueAsync<string>(0, ct)
            : null;

        var difference = existing switch
        {
            null => SchemaPatchDifference.Create,
            _ when Matches(existing) || Matches(existing.Replace($"FUNCTION {function}()", $"FUNCTION {schema}.{function}()")) => SchemaPatchDifference.None,
            _ => SchemaPatchDifference.Update,
        };
        return new SchemaObjectDelta(this, difference);
    }
}
