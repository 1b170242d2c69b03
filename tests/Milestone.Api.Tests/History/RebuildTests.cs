using Marten.Events.Daemon.Coordination;
using Milestone.Tests.Shared;

namespace Milestone.Api.Tests.History;

/// <summary>Every projection rebuilt from a realistic history comes out exactly as the live read models, row by row.</summary>
/// <remarks>
/// A host of its own, not the SLA collection's: it rebuilds every projection of the whole database and
/// counts whole tables (two request rows), so other classes' data would change both.
/// </remarks>
public sealed class RebuildTests(SlaApp app) : IClassFixture<SlaApp>
{
    private const string Post = "mutation($requestId: ID!, $body: String!, $internal: Boolean) { postMessage(requestId: $requestId, body: $body, internal: $internal) { id } }";

    [Fact]
    public async Task Rebuilding_every_projection_reproduces_the_live_read_models()
    {
        await SeedAsync();
        await app.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        var live = await ReadModelSnapshot.TakeAsync(app.Store, app.ConnectionString);

        var daemon = app.Host.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
        await ReadModelSnapshot.RebuildEveryProjectionAsync(daemon, app.Store, TimeSpan.FromMinutes(1));

        var rebuilt = await ReadModelSnapshot.TakeAsync(app.Store, app.ConnectionString);
        Assert.Equal(live.Keys, rebuilt.Keys);
        Assert.All(live, table => Assert.Equal(table.Value, rebuilt[table.Key]));
        Assert.Contains(live, table => table.Key.EndsWith("mt_doc_requestdetails", StringComparison.Ordinal) && table.Value.Count == 2);
        Assert.Contains(live, table => table.Key.EndsWith("unread_messages", StringComparison.Ordinal) && table.Value.Count > 0);
    }

    /// <summary>Two requests of a client with an hour bank: messages public and internal, read, withdrawn and unread, worklogs, status changes, SLA clocks paused, resumed and stopped.</summary>
    private async Task SeedAsync()
    {
        await app.DefaultPolicyAsync();
        var scene = await app.SceneAsync();
        await app.PurchaseAsync(scene, 600);
        var first = scene.RequestId;
        var second = await app.SubmitAsync(scene.ClientAdmin, "HIGH");
        await app.ChangedAsync(scene.Agent, $"mutation {{ startWork(requestId: \"{first}\", version: 1) {{ id }} }}", new { });
        await app.ChangedAsync(scene.Agent, Post, new { requestId = first, body = "Checked the logs", @internal = true });
        await app.ChangedAsync(scene.Agent, Post, new { requestId = first, body = "Which printer?", @internal = false });
        await app.ChangedAsync(scene.ClientAdmin, "mutation($r: ID!) { markMessagesRead(requestId: $r) }", new { r = first });
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var withdrawn = (await app.ChangedAsync(scene.Agent, Post, new { requestId = first, body = "Is it the one by the window?" })).Data("postMessage").GetProperty("id").GetString();
        await app.ChangedAsync(scene.Agent, "mutation($r: ID!, $m: ID!) { deleteMessage(requestId: $r, messageId: $m) { id } }", new { r = first, m = withdrawn });
        await app.ChangedAsync(scene.Agent, Post, new { requestId = first, body = "Or the one by the door?" });
        await app.ChangedAsync(scene.Agent, $"mutation {{ waitOnClient(requestId: \"{first}\", version: 7, reason: \"Which printer?\") {{ id }} }}", new { });
        app.Clock.Advance(TimeSpan.FromHours(2));
        await app.ChangedAsync(scene.ClientAdmin, Post, new { requestId = first, body = "Floor 3" });
        await app.LogAsync(scene, 45);
        await app.LogAsync(scene, 20, billable: false, requestId: second);
        await app.ChangedAsync(scene.Agent, $"mutation {{ completeRequest(requestId: \"{first}\", version: 9) {{ id }} }}", new { });
    }
}
