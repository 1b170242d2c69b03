using JasperFx.Events.Projections;
using Marten.Events;
using Marten.Events.Projections;
using Weasel.Core;
using Weasel.Core.Migrations;
using Weasel.Postgresql.Functions;
using Weasel.Postgresql.Tables;

namespace Milestone.Projections.Progress;

/// <summary>
/// Every table an asynchronous projection keeps accepts rows only from a transaction that also advanced that
/// projection's progress. A node frozen in the middle of a batch wakes after another node has taken the projection
/// over and moved its progress on; Marten finds its own progress update matched no row, logs it (marten#5502) and
/// commits the rest of the batch, which applies those events a second time (an added minute counted twice, an older
/// compliance row written over a newer one). The check runs at commit, so the order of statements in a batch does not matter.
/// </summary>
internal sealed class AsyncReadModelGuard(StoreOptions options) : FeatureSchemaBase("AsyncReadModelGuard", options.Advanced.Migrator)
{
    private const string FunctionName = "require_projection_progress";
    private const string QualifiedFunction = Storage.SchemaName + "." + FunctionName;
    private const string ProgressionTable = Storage.SchemaName + ".mt_event_progression";

    // A teardown before a rebuild deletes every row while the progress is gone, so a delete passes when there is none.
    // Written as pg_get_functiondef prints it, so that Weasel finds no difference once applied.
    protected override IEnumerable<ISchemaObject> schemaObjects()
    {
        yield return Function.ForSql($$"""
            CREATE OR REPLACE FUNCTION {{QualifiedFunction}}()
             RETURNS trigger
             LANGUAGE plpgsql
            AS $function$
            BEGIN
              IF NOT EXISTS (SELECT 1 FROM {{ProgressionTable}} WHERE name = TG_ARGV[0] AND xmin = pg_current_xact_id()::xid)
                 AND (TG_OP <> 'DELETE' OR EXISTS (SELECT 1 FROM {{ProgressionTable}} WHERE name = TG_ARGV[0])) THEN
                RAISE EXCEPTION '%.% written by % without advancing its progress: another node has applied these events', TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_ARGV[0];
              END IF;
              RETURN NULL;
            END;
            $function$;
            """);

        foreach (var (table, shard) in GuardedTables())
        {
            yield return new ProgressGuardTrigger(table, Storage.SchemaName, FunctionName, shard);
        }
    }

    /// <summary>Each table an asynchronous projection writes, with the shard whose progress must move with it.</summary>
    private IEnumerable<(DbObjectName Table, string Shard)> GuardedTables()
    {
        foreach (var projection in options.Projections.All.Where(projection => projection.Lifecycle == ProjectionLifecycle.Async))
        {
            var shard = new ShardName(projection.Name, ShardName.All, projection.Version).Identity;
            var ownTables = projection is IProjectionSchemaSource schema
                ? schema.CreateSchemaObjects((EventGraph)options.Events).OfType<Table>().Select(table => table.Identifier)
                : [];
            var documentTables = projection is IPublishesTypes publishes
                ? publishes.PublishedTypes().Select(type => ((IReadOnlyStoreOptions)options).FindOrResolveDocumentType(type).TableName)
                : [];
            foreach (var table in ownTables.Concat(documentTables).Distinct())
            {
                yield return (table, shard);
            }
        }
    }
}
