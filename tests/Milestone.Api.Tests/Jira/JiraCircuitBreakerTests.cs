using Wolverine.Transports;

namespace Milestone.Api.Tests.Jira;

// A host of its own: it opens the host's circuit breaker to Jira, which would hold up every other class's Jira calls.
public sealed class JiraCircuitBreakerTests(JiraCircuitApp app) : IClassFixture<JiraCircuitApp>
{
    [Fact]
    public async Task While_Jira_is_down_the_circuit_stops_calling_it_and_then_resumes_by_itself_and_creates_each_issue_once()
    {
        var scene = await app.SceneAsync(submit: false);
        app.Jira.GoDown(503);

        var requestIds = new List<string>();
        for (var submitted = 0; submitted < 5; submitted++)
        {
            requestIds.Add((await app.Host.GraphQLAsync(RequestDocuments.Submit, new { input = new { title = "Printer jams" } }, scene.ClientAdmin))
                .Data("submitRequest").GetProperty("request").GetProperty("id").GetString()!);
        }

        var opened = await JiraScenes.EventuallyAsync(() => Task.FromResult(app.JiraQueueStatus()), status => status == ListeningStatus.Paused);
        var callsWhileDown = app.Jira.Calls.Count;
        app.Jira.Recover();
        var callsWhilePaused = await JiraScenes.SampledWhileAsync(() => app.Jira.Calls.Count, () => app.JiraQueueStatus() == ListeningStatus.Paused);

        Assert.Equal(ListeningStatus.Paused, opened);
        Assert.InRange(callsWhileDown, 3, int.MaxValue);
        Assert.NotEmpty(callsWhilePaused);
        Assert.All(callsWhilePaused, calls => Assert.Equal(callsWhileDown, calls));

        var requests = await JiraScenes.EventuallyAsync(
            () => Task.WhenAll(requestIds.Select(id => app.RequestAsync(scene, id))), all => all.All(request => request.IssueKey() is not null));
        Assert.All(requests, request => Assert.NotNull(request.IssueKey()));
        Assert.All(requestIds, id => Assert.Single(app.Jira.Issues.Values, issue => issue.Labels.Contains(JiraIntegration.LabelFor(Guid.Parse(id)))));
    }
}
