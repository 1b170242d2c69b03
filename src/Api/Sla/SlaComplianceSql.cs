using Milestone.Projections.Reporting;
using Npgsql;
using NpgsqlTypes;

namespace Milestone.Api.Sla;

/// <summary>
/// SLA attainment counted by PostgreSQL over <c>reporting.sla_cycles</c> (one row per target and cycle): one query
/// per report, grouped by the dimensions asked for, so no document has to keep every time a target took. A target
/// counts in the UTC month it stopped, under the urgency it stopped at and for the agent it was credited to; a
/// reopened request's new resolution cycle is a row of its own and counts again. The 90th percentile is
/// <c>percentile_disc</c>: the nearest rank.
/// </summary>
public sealed class SlaComplianceSql(IDocumentStore store, CurrentTenant tenant)
{
    private static readonly IReadOnlyDictionary<SlaComplianceDimension, string> Columns = new Dictionary<SlaComplianceDimension, string>
    {
        [SlaComplianceDimension.Client] = "client_id",
        [SlaComplianceDimension.Month] = "to_char(stopped_at at time zone 'UTC', 'YYYY-MM')",
        [SlaComplianceDimension.Urgency] = "urgency",
        [SlaComplianceDimension.Agent] = "credited_to",
    };

    public async Task<IReadOnlyList<SlaComplianceGroup>> GroupedAsync(
        IReadOnlyList<Guid>? clients, DateOnly firstMonth, DateOnly lastMonth, IReadOnlySet<SlaComplianceDimension> by, CancellationToken cancellation)
    {
        var grouped = Columns.Where(column => by.Contains(column.Key)).Select(column => column.Value).ToList();
        var selected = Enum.GetValues<SlaComplianceDimension>().Select(dimension => by.Contains(dimension) ? Columns[dimension] : "null");
        var sql = $"""
            select {string.Join(", ", selected)}, {Attainment("Response")}, {Attainment("Resolution")}, {Attainment("NextReply")}, {Attainment("PeriodicUpdate")}
            from {ReportingTable.SlaCycles}
            where outcome in ('Met', 'Breached') and stopped_at >= @start and stopped_at < @end and (@clients::uuid[] is null or client_id = any(@clients))
            {(grouped.Count > 0 ? "group by " + string.Join(", ", grouped) : string.Empty)}
            having count(*) > 0
            """;

        await using var connection = (NpgsqlConnection)(await store.Storage.FindOrCreateDatabase(tenant.Id)).CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("start", new DateTimeOffset(firstMonth.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        command.Parameters.AddWithValue("end", new DateTimeOffset(lastMonth.AddMonths(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        command.Parameters.Add(new NpgsqlParameter("clients", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = (object?)clients?.ToArray() ?? DBNull.Value });
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        var groups = new List<SlaComplianceGroup>();
        while (await reader.ReadAsync(cancellation))
        {
            groups.Add(new SlaComplianceGroup(
                reader.IsDBNull(0) ? null : reader.GetGuid(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : Enum.Parse<Urgency>(reader.GetString(2)),
                reader.IsDBNull(3) ? null : reader.GetGuid(3),
                Read(reader, 4),
                Read(reader, 8),
                Read(reader, 12),
                Read(reader, 16)));
        }

        return [.. groups.OrderBy(group => group.Month).ThenBy(group => group.ClientId).ThenByDescending(group => group.Urgency).ThenBy(group => group.AgentId)];
    }

    private static string Attainment(string kind) => $"""
        count(*) filter (where kind = '{kind}')::int,
        count(*) filter (where kind = '{kind}' and met)::int,
        round(avg(elapsed_seconds) filter (where kind = '{kind}'))::int,
        percentile_disc(0.9) within group (order by elapsed_seconds) filter (where kind = '{kind}')
        """;

    private static SlaAttainment Read(NpgsqlDataReader reader, int first)
    {
        var total = reader.GetInt32(first);
        var met = reader.GetInt32(first + 1);
        return total == 0
            ? new SlaAttainment(0, 0, null, null, null)
            : new SlaAttainment(total, met, Math.Round(100.0 * met / total, 1), reader.GetInt32(first + 2), reader.GetInt32(first + 3));
    }
}
