namespace Milestone.Api.Tests.Reliability;

/// <summary>
/// An asynchronous projection's tables take rows only from the transaction that advances its progress. A node frozen
/// mid-batch wakes after another node has applied the same events: Marten's progress update then matches no row
/// (it only logs that) and the rest of the batch would apply the events a second time. These tests send what such a
/// batch sends, in SQL, against the tables the seeded request has rows in.
/// </summary>
[Collection(Collections.Sla)]
public sealed class StaleProjectionWriteTests(SlaApp app)
{
    private const string StaleProgress =
        "UPDATE milestone.mt_event_progression SET last_seq_id = last_seq_id + 1 WHERE name = @shard AND last_seq_id = -1";
    private const string CurrentProgress =
        "UPDATE milestone.mt_event_progression SET last_seq_id = last_seq_id WHERE name = @shard";

    [Fact]
    public async Task Every_table_an_asynchronous_projection_keeps_is_guarded_by_that_projections_progress()
    {
        var guarded = await RowsAsync("""
            SELECT n.nspname || '.' || c.relname || ' ' || encode(t.tgargs, 'escape')
              FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE t.tgname = 'requires_projection_progress' AND t.tgdeferrable AND t.tginitdeferred
            """);

        string[] expected =
        [
            "reporting.assets ReportingSites:All\\000",
            "reporting.clients ReportingDirectory:All\\000",
            "reporting.invoice_line_entries ReportingInvoices:All\\000",
            "reporting.invoice_lines ReportingInvoices:All\\000",
            "reporting.invoices ReportingInvoices:All\\000",
            "reporting.ledger_entries ReportingLedger:All\\000",
            "reporting.locations ReportingSites:All\\000",
            "reporting.messages ReportingMessages:All\\000",
            "reporting.people ReportingDirectory:All\\000",
            "reporting.project_phases ReportingProjects:All\\000",
            "reporting.project_tasks ReportingProjects:All\\000",
            "reporting.projects ReportingProjects:All\\000",
            "reporting.request_assets ReportingSites:All\\000",
            "reporting.requests ReportingRequests:All\\000",
            "reporting.self_service ReportingSelfService:All\\000",
            "reporting.sla_cycles ReportingSlaCycles:All\\000",
            "reporting.status_changes ReportingRequests:All\\000",
            "reporting.team_memberships ReportingTeams:All\\000",
            "reporting.teams ReportingTeams:All\\000",
            "reporting.worklogs ReportingWorklogs:All\\000",
        ];
        Assert.Equal(expected, guarded.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_batch_whose_progress_moved_on_cannot_add_to_a_reporting_row_again()
    {
        var requestId = await RepliedRequestAsync();
        var before = await LoggedMinutesAsync(requestId);
        var addition = $"UPDATE reporting.requests SET logged_minutes = logged_minutes + 15 WHERE request_id = '{requestId}'";

        var stale = await Assert.ThrowsAsync<PostgresException>(() => BatchAsync("ReportingRequests:All", StaleProgress, addition));
        var afterStale = await LoggedMinutesAsync(requestId);

        Assert.Contains("reporting.requests written by ReportingRequests:All without advancing its progress", stale.MessageText);
        Assert.Equal(before, afterStale);
    }

    [Fact]
    public async Task A_batch_whose_progress_moved_on_cannot_overwrite_an_sla_cycle_but_the_current_batch_can()
    {
        var requestId = await RepliedRequestAsync();
        var overwrite = $"UPDATE reporting.sla_cycles SET outcome = outcome WHERE request_id = '{requestId}'";

        var stale = await Assert.ThrowsAsync<PostgresException>(() => BatchAsync("ReportingSlaCycles:All", StaleProgress, overwrite));
        var current = await BatchAsync("ReportingSlaCycles:All", CurrentProgress, overwrite);

        Assert.Contains("reporting.sla_cycles written by ReportingSlaCycles:All", stale.MessageText);
        Assert.Equal(2, current);
    }

    /// <summary>A request whose response target a public staff reply has stopped, once every projection has caught up with it.</summary>
    private async Task<string> RepliedRequestAsync()
    {
        await app.DefaultPolicyAsync();
        var (_, agent, requestId) = await app.SubmittedAsync();
        var reply = await app.SettledAsync(() =>
            app.Host.GraphQLAsync("mutation($requestId: ID!) { postMessage(requestId: $requestId, body: \"On it\") { id } }", new { requestId }, agent));
        Assert.False(reply.TryGetProperty("errors", out var errors), errors.ToString());
        await app.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        return requestId;
    }

    /// <summary>What a projection batch sends: its progress update, then its rows, in one transaction; answers the rows written.</summary>
    private async Task<int> BatchAsync(string shard, string progress, string write)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var progressCommand = new NpgsqlCommand(progress, connection, transaction);
        progressCommand.Parameters.AddWithValue("shard", shard);
        await progressCommand.ExecuteNonQueryAsync();
        await using var writeCommand = new NpgsqlCommand(write, connection, transaction);
        var written = await writeCommand.ExecuteNonQueryAsync();
        Assert.True(written > 0, $"nothing to write in: {write}");
        await transaction.CommitAsync();
        return written;
    }

    private async Task<string> LoggedMinutesAsync(string requestId) =>
        (await RowsAsync($"SELECT logged_minutes FROM reporting.requests WHERE request_id = '{requestId}'")).Single();

    private async Task<List<string>> RowsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return rows;
    }
}
