namespace Milestone.Api.Tests.History;

[Trait(TestKinds.Trait, TestKinds.Process)]
[Collection(Collections.Sla)]
public sealed class HistoryExportTests(SlaApp app)
{
    [Fact]
    public async Task A_clients_export_holds_its_requests_their_clocks_and_its_hour_bank_one_event_a_line()
    {
        await app.DefaultPolicyAsync();
        var scene = await app.SceneAsync();
        await app.PurchaseAsync(scene, 600);
        await app.LogAsync(scene, 45);
        var file = Path.Combine(Path.GetTempPath(), $"history-{Guid.NewGuid()}.jsonl");

        var export = await HostCommand.RunAsync(app.ConnectionString, "history", "export", "--client", scene.ClientId.ToString(), "--output", file);
        var lines = (await File.ReadAllLinesAsync(file)).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        File.Delete(file);
        var requestHistory = (await app.Host.GraphQLAsync("query($id: ID!) { requestHistory(id: $id) { version hash } }", new { id = scene.RequestId }, scene.Admin))
            .Data("requestHistory").EnumerateArray().ToList();

        Assert.True(export.ExitCode == 0, export.Output + export.Errors);
        var streams = lines.Select(line => line.GetProperty("stream").GetGuid()).Distinct().ToList();
        Assert.Contains(Guid.Parse(scene.RequestId), streams);
        Assert.Contains(Milestone.Domain.HourBanks.HourBank.IdFor(scene.ClientId), streams);
        Assert.Equal(
            requestHistory.Select(recorded => recorded.GetProperty("hash").GetString()),
            lines.Where(line => line.GetProperty("stream").GetString() == scene.RequestId).Select(line => line.GetProperty("hash").GetString()));
        Assert.All(lines, line => Assert.Equal(JsonValueKind.Object, line.GetProperty("data").ValueKind));
        Assert.Contains(lines, line => line.GetProperty("actorId").GetString() == scene.Agent.PersonId.ToString());
    }

    [Fact]
    public async Task An_export_to_standard_output_is_json_lines_only_in_the_names_graphql_uses()
    {
        await app.DefaultPolicyAsync();
        var (member, agent, requestId) = await app.SubmittedAsync();
        await app.ChangedAsync(agent, $"mutation {{ startWork(requestId: \"{requestId}\", version: 1) {{ id }} }}", new { });

        var export = await HostCommand.RunAsync(app.ConnectionString, "history", "export", "--request", requestId);
        var lines = export.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var graphQL = (await app.Host.GraphQLAsync("query($id: ID!) { requestHistory(id: $id) { type actorId actorName } }", new { id = requestId }, agent))
            .Data("requestHistory").EnumerateArray().ToList();

        Assert.True(export.ExitCode == 0, export.Output + export.Errors);
        var request = lines.Where(line => line.GetProperty("stream").GetString() == requestId).ToList();
        Assert.Equal(
            graphQL.Select(recorded => (recorded.GetProperty("type").GetString(), recorded.GetProperty("actorId").GetString(), recorded.GetProperty("actorName").GetString())),
            request.Select(line => (line.GetProperty("type").GetString(), line.GetProperty("actorId").GetString(), line.GetProperty("actorName").GetString())));
        Assert.Equal(["RequestSubmitted", "WorkStarted"], request.Select(line => line.GetProperty("type").GetString()));
        Assert.Equal(member.PersonId.ToString(), request[0].GetProperty("actorId").GetString());
        Assert.Equal("Test Agent", request[1].GetProperty("actorName").GetString());
        Assert.Equal("request_submitted", request[0].GetProperty("storedType").GetString());
    }

    [Fact]
    public async Task An_unknown_request_or_client_writes_nothing_says_so_and_fails()
    {
        var unknown = Guid.NewGuid().ToString();
        var file = Path.Combine(Path.GetTempPath(), $"history-{Guid.NewGuid()}.jsonl");

        var request = await HostCommand.RunAsync(app.ConnectionString, "history", "export", "--request", unknown);
        var client = await HostCommand.RunAsync(app.ConnectionString, "history", "export", "--client", unknown, "--output", file);

        Assert.NotEqual(0, request.ExitCode);
        Assert.Equal(string.Empty, request.Output);
        Assert.Contains($"There is no request {unknown}: nothing was written.", request.Errors);
        Assert.NotEqual(0, client.ExitCode);
        Assert.Contains($"There is no client {unknown}: nothing was written.", client.Errors);
        Assert.False(File.Exists(file));
    }
}
