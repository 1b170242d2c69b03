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
        Assert.Contains(lines, line => line.GetProperty("actor").GetString() == scene.Agent.PersonId.ToString());
    }
}
