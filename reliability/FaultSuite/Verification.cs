using Npgsql;

namespace Milestone.FaultSuite;

/// <summary>One guarantee checked against the database after the faults: what was expected, what was found.</summary>
public sealed record Check(string Guarantee, long Expected, long Found, string Detail = "")
{
    public bool Holds => Expected == Found;
}

/// <summary>
/// The event store and the outbox of one database after the faults, read with plain SQL; the cluster's nodes are
/// in <paramref name="nodesConnectionString"/> (the same database, unless tenants have databases of their own).
/// </summary>
public sealed class Verification(string connectionString, string? nodesConnectionString = null)
{
    public async Task<IReadOnlyList<Check>> CheckAsync(IReadOnlyCollection<Acknowledged> acknowledged)
    {
        var checks = new List<Check>();
        foreach (var (kind, eventType, field) in new[] { ("submit", "request_submitted", "title"), ("message", "message_posted", "body"), ("worklog", "work_logged", "note") })
        {
            var texts = acknowledged.Where(a => a.Kind == kind).Select(a => a.Text).ToArray();
            var written = await CountsAsync($"SELECT data->>'{field}', count(*) FROM milestone.mt_events WHERE type = '{eventType}' AND data->>'{field}' LIKE 'Fault suite %' GROUP BY 1");
            checks.Add(new($"acknowledged {kind} commands with their event exactly once", texts.Length, texts.Count(text => written.GetValueOrDefault(text) == 1)));
            checks.Add(new($"{eventType} events written twice", 0, written.Values.Count(count => count > 1)));
            checks.Add(new($"{eventType} events no client was told of", 0, written.Keys.Except(texts).Count()));
        }

        var worklogs = acknowledged.Where(a => a.WorklogId is not null).Select(a => a.WorklogId!.Value.ToString()).ToArray();
        var debits = await CountsAsync("SELECT data->>'worklogId', count(*) FROM milestone.mt_events WHERE type = 'worklog_debited' GROUP BY 1");
        checks.Add(new("acknowledged worklogs posted to the hour bank exactly once (through the outbox)", worklogs.Length, worklogs.Count(id => debits.GetValueOrDefault(id) == 1)));

        // Marten fills the sequence numbers a failed transaction drew with events of type 'tombstone' on a stream
        // of their own, which has no version: that stream is bookkeeping, not a half-written one.
        const string halfWritten = "FROM milestone.mt_streams s WHERE s.version <> (SELECT count(*) FROM milestone.mt_events e WHERE e.stream_id = s.id) "
            + "AND EXISTS (SELECT 1 FROM milestone.mt_events e WHERE e.stream_id = s.id AND e.type <> 'tombstone')";
        checks.Add(new("streams whose version differs from their event count (half-written)", 0, await ScalarAsync($"SELECT count(*) {halfWritten}"), await TextAsync(
            $"SELECT string_agg(s.id || ' (' || coalesce(s.type, '?') || '): version ' || s.version || ', events ' || (SELECT count(*) FROM milestone.mt_events e WHERE e.stream_id = s.id), '; ') {halfWritten}")));

        checks.AddRange(await ReportingInvariants.CheckAsync(this, acknowledged));
        checks.Add(new("messages left in the outbox", 0, await ScalarAsync("SELECT count(*) FROM milestone.wolverine_outgoing_envelopes")));
        checks.Add(new("incoming messages waiting, due or parked for a retry", 0, await ScalarAsync($"SELECT count(*) {Backlog.Unhandled}"), await TextAsync(
            $"SELECT string_agg(status || ' ' || message_type || ' (attempts up to ' || attempts || ') × ' || n, '; ') FROM (SELECT status, message_type, max(attempts) AS attempts, count(*) AS n {Backlog.Unhandled} GROUP BY 1, 2) b")));
        var liveNodes = await new Verification(nodesConnectionString ?? connectionString).TextAsync(Backlog.LiveNodeNumbers);
        checks.Add(new("incoming messages owned by a node no longer alive", 0, await ScalarAsync($"SELECT count(*) {Backlog.OwnedByDeadNode(liveNodes)}")));
        checks.Add(new("dead letters", 0, await ScalarAsync("SELECT count(*) FROM milestone.wolverine_dead_letters"), await TextAsync(
            "SELECT string_agg(what, '; ') FROM (SELECT message_type || ' after ' || exception_type || ' × ' || count(*) AS what FROM milestone.wolverine_dead_letters GROUP BY message_type, exception_type) d")));
        return checks;
    }

    public Task<long> ScalarAsync(string sql) => WithConnectionAsync(async connection =>
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    });

    public Task<string> TextAsync(string sql) => WithConnectionAsync(async connection =>
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (await command.ExecuteScalarAsync())?.ToString() ?? "";
    });

    /// <summary>Every column as text (null as empty).</summary>
    public Task<IReadOnlyList<string[]>> RowsAsync(string sql) => WithConnectionAsync<IReadOnlyList<string[]>>(async connection =>
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(column => reader.IsDBNull(column) ? "" : reader.GetValue(column).ToString()!)]);
        }

        return rows;
    });

    private Task<Dictionary<string, long>> CountsAsync(string sql) => WithConnectionAsync(async connection =>
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var counts = new Dictionary<string, long>();
        while (await reader.ReadAsync())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    });

    private async Task<T> WithConnectionAsync<T>(Func<NpgsqlConnection, Task<T>> read)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return await read(connection);
    }
}
