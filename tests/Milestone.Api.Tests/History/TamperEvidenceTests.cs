namespace Milestone.Api.Tests.History;

/// <summary>`history verify` over a database of its own: clean as written, and every kind of tampering caught at the first broken link.</summary>
[Trait(TestKinds.Trait, TestKinds.Process)]
[Collection(Collections.Sla)]
public sealed class TamperEvidenceTests(SlaApp app)
{
    private const string Verification = "{ historyVerification { verifiedAt intact streamsChecked brokenStreams firstBrokenStreamId firstBrokenVersion firstBrokenProblem } }";

    [Fact]
    public async Task An_untampered_history_verifies_and_an_altered_event_is_caught_even_when_rehashed()
    {
        await app.DefaultPolicyAsync();
        var (member, agent, requestId) = await app.SubmittedAsync();
        await app.ChangedAsync(agent, $"mutation {{ startWork(requestId: \"{requestId}\", version: 1) {{ id }} }}", new { });
        await app.ChangedAsync(agent, $"mutation {{ changeUrgency(requestId: \"{requestId}\", version: 2, urgency: HIGH, reason: \"Whole floor\") {{ id }} }}", new { });

        var clean = await HostCommand.RunAsync(app.ConnectionString, "history", "verify");
        var recordedClean = await app.Host.GraphQLAsync(Verification, signedIn: agent);
        await ExecuteAsync($"UPDATE milestone.mt_events SET data = jsonb_set(data, '{{title}}', '\"Nothing to see\"') WHERE stream_id = '{requestId}' AND version = 1");
        var altered = await HostCommand.RunAsync(app.ConnectionString, "history", "verify");
        var recordedAltered = (await app.Host.GraphQLAsync(Verification, signedIn: agent)).Data("historyVerification");
        var asAClient = await app.Host.GraphQLAsync(Verification, signedIn: member);
        await ExecuteAsync($$"""
            UPDATE milestone.mt_events SET headers = jsonb_set(headers, '{hash}', to_jsonb(milestone.history_hash(NULL, stream_id, version, type, data, user_name, timestamp)))
             WHERE stream_id = '{{requestId}}' AND version = 1
            """);
        var rehashed = await HostCommand.RunAsync(app.ConnectionString, "history", "verify");

        Assert.True(clean.ExitCode == 0, clean.Output + clean.Errors);
        Assert.Contains("every hash chain is intact", clean.Output);
        Assert.NotEqual(0, altered.ExitCode);
        Assert.Contains($"Stream {requestId} breaks at version 1", altered.Errors);
        Assert.True(recordedClean.Data("historyVerification").GetProperty("intact").GetBoolean(), recordedClean.ToString());
        Assert.False(recordedAltered.GetProperty("intact").GetBoolean());
        Assert.Equal(1, recordedAltered.GetProperty("brokenStreams").GetInt32());
        Assert.Equal(requestId, recordedAltered.GetProperty("firstBrokenStreamId").GetString());
        Assert.Equal(1, recordedAltered.GetProperty("firstBrokenVersion").GetInt64());
        Assert.True(recordedAltered.GetProperty("streamsChecked").GetInt64() > 0);
        Assert.Equal("FORBIDDEN", asAClient.SingleError().Code());
        Assert.NotEqual(0, rehashed.ExitCode);
        Assert.Contains($"Stream {requestId} breaks at version 2", rehashed.Errors);
    }

    [Fact]
    public async Task A_history_served_after_a_row_was_altered_marks_the_link_that_no_longer_holds()
    {
        await app.DefaultPolicyAsync();
        var (member, agent, requestId) = await app.SubmittedAsync();
        await app.ChangedAsync(agent, $"mutation {{ startWork(requestId: \"{requestId}\", version: 1) {{ id }} }}", new { });
        await app.ChangedAsync(agent, $"mutation {{ changeUrgency(requestId: \"{requestId}\", version: 2, urgency: HIGH, reason: \"Whole floor\") {{ id }} }}", new { });

        var clean = await VerifiedAsync(agent, requestId);
        var original = await StoredAsync(requestId);
        await ExecuteAsync($"UPDATE milestone.mt_events SET data = jsonb_set(data, '{{title}}', '\"Nothing to see\"') WHERE stream_id = '{requestId}' AND version = 1");
        var altered = await VerifiedAsync(agent, requestId);
        var alteredAsTheClientSeesIt = await VerifiedAsync(member, requestId);
        await ExecuteAsync($$"""
            UPDATE milestone.mt_events SET headers = jsonb_set(headers, '{hash}', to_jsonb(milestone.history_hash(NULL, stream_id, version, type, data, user_name, timestamp)))
             WHERE stream_id = '{{requestId}}' AND version = 1
            """);
        var rehashed = await VerifiedAsync(agent, requestId);
        await RestoreAsync(requestId, original);
        var restored = await VerifiedAsync(agent, requestId);

        Assert.Equal([true, true, true], clean);
        Assert.Equal([false, true, true], altered);
        Assert.Equal([false, true, true], alteredAsTheClientSeesIt);
        Assert.Equal([true, false, true], rehashed);
        Assert.Equal([true, true, true], restored);
    }

    private async Task<List<bool>> VerifiedAsync(SignedIn who, string requestId) =>
        [.. (await app.Host.GraphQLAsync("query($id: ID!) { requestHistory(id: $id) { verified } }", new { id = requestId }, who))
            .Data("requestHistory").EnumerateArray().Select(recorded => recorded.GetProperty("verified").GetBoolean())];

    // The other test here expects the shared database to verify clean before it tampers, so this one puts the row back.
    private async Task<(string Data, string Headers)> StoredAsync(string requestId)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT data::text, headers::text FROM milestone.mt_events WHERE stream_id = '{requestId}' AND version = 1", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetString(0), reader.GetString(1));
    }

    private async Task RestoreAsync(string requestId, (string Data, string Headers) original)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"UPDATE milestone.mt_events SET data = @data::jsonb, headers = @headers::jsonb WHERE stream_id = '{requestId}' AND version = 1", connection);
        command.Parameters.AddWithValue("data", original.Data);
        command.Parameters.AddWithValue("headers", original.Headers);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
