using Weasel.Postgresql;

namespace Milestone.Projections.History;

/// <summary>The chain's trigger: before each insert into the events table, it links the new event to the one before it.</summary>
internal sealed class HistoryLinkTrigger(string name, string table, string schema, string function)
    : PrintedTrigger(
        PostgresqlProvider.Instance.Parse(name), PostgresqlProvider.Instance.Parse(table), $"{schema}.{function}()")
{
    protected override bool IsPrintedAs(string definition) =>
        Matches(definition) || Matches(definition.Replace($"FUNCTION {function}()", $"FUNCTION {schema}.{function}()"));
}
