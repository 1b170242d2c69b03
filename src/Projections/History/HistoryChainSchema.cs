using Weasel.Core;
using Weasel.Core.Migrations;
using Weasel.Postgresql.Functions;

namespace Milestone.Projections.History;

/// <summary>
/// The hash chain's functions and trigger, as a storage feature of its own: Marten applies such
/// features after its event tables (extended schema objects come before them), and `db-apply`,
/// `db-assert` and the start-up apply all include it.
/// </summary>
internal sealed class HistoryChainSchema(Migrator migrator) : FeatureSchemaBase("HistoryChain", migrator)
{
    private const string LinkFunctionName = "history_link";
    private const string LinkFunction = Storage.SchemaName + "." + LinkFunctionName;

    // Written as pg_get_functiondef prints them, so that Weasel finds no difference once applied.
    protected override IEnumerable<ISchemaObject> schemaObjects()
    {
        yield return Function.ForSql($$"""
            CREATE OR REPLACE FUNCTION {{HistoryChain.HashFunction}}(previous text, stream_id uuid, version bigint, type character varying, data jsonb, user_name character varying, at timestamp with time zone)
             RETURNS text
             LANGUAGE sql
             STABLE
            AS $function$
              SELECT encode(sha256(convert_to(concat_ws('|', coalesce(previous, ''), stream_id::text, version::text, type, data::text, coalesce(user_name, ''), extract(epoch FROM at)::text), 'UTF8')), 'hex')
            $function$;
            """);
        yield return Function.ForSql($$"""
            CREATE OR REPLACE FUNCTION {{LinkFunction}}()
             RETURNS trigger
             LANGUAGE plpgsql
            AS $function$
            DECLARE
              previous text;
            BEGIN
              SELECT headers ->> '{{HistoryChain.HashHeader}}' INTO previous FROM {{Storage.EventTable}}
               WHERE stream_id = NEW.stream_id AND version = NEW.version - 1;
              -- Marten writes no headers as a JSON null, which would turn the concatenation into an array.
              NEW.headers := CASE WHEN jsonb_typeof(NEW.headers) = 'object' THEN NEW.headers ELSE '{}'::jsonb END
                || jsonb_build_object('{{HistoryChain.HashHeader}}', {{HistoryChain.HashFunction}}(previous, NEW.stream_id, NEW.version, NEW.type, NEW.data, NEW.user_name, NEW.timestamp));
              RETURN NEW;
            END;
            $function$;
            """);
        yield return new HistoryLinkTrigger(LinkFunction, Storage.EventTable, Storage.SchemaName, LinkFunctionName);
    }
}
