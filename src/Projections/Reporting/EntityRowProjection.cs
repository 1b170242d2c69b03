using System.Linq.Expressions;
using Marten.Events.Projections.Flattened;

namespace Milestone.Projections.Reporting;

/// <summary>
/// Keeps a reporting table of one row per thing (a message, a worklog) as it stands, with the state it is in and
/// when it last changed. A deleted one keeps its row, marked, so that counts over history still add up.
/// </summary>
public abstract class EntityRowProjection : FlatTableProjection
{
    protected EntityRowProjection(string projectionName, string table, string idColumn)
        : base(ReportingTable.Name(table))
    {
        Name = projectionName;
        Table.AddColumn<Guid>(idColumn).AsPrimaryKey();
    }

    /// <summary>
    /// On each <typeparamref name="TEvent"/>, marks the row it names as in <paramref name="state"/> since
    /// <paramref name="changedAt"/>, and writes the event's own <paramref name="columns"/>.
    /// </summary>
    protected void MarkRow<TEvent>(
        Expression<Func<TEvent, object>> rowId,
        string state,
        Expression<Func<TEvent, DateTimeOffset>> changedAt,
        Action<StatementMap<TEvent>>? columns = null) =>
        Project<TEvent>(
            map =>
            {
                columns?.Invoke(map);
                map.Map(changedAt, "changed_at");
                map.SetValue("state", state);
            },
            rowId);
}
