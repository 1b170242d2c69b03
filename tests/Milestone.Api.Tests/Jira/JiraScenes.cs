using Wolverine.Runtime;
using Wolverine.Transports;

namespace Milestone.Api.Tests.Jira;

/// <summary>A client mapped to the fake Jira's project, an agent whose Jira account is linked, and the client's request with its issue.</summary>
public sealed record JiraScene(SignedIn Admin, Guid ClientId, SignedIn ClientAdmin, SignedIn Agent, string AgentAccountId, string RequestId)
{
    public BankScene Bank => new(Admin, ClientId, ClientAdmin, Agent, RequestId);
}

public static class JiraScenes
{
    /// <summary>How often a waiting test looks again: a condition is waited for, never a fixed time.</summary>
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    public const string WebhookSecret = "a-webhook-secret-of-the-test-site";

    private const string Request = "query($id: ID!) { request(id: $id) { id status version jiraIssueKey loggedMinutes billableMinutes } }";

    public static async Task ConnectAsync(this JiraApp app, SignedIn admin, Uri? siteUrl = null, string apiToken = FakeJira.ApiToken) =>
        (await app.Host.GraphQLAsync(
            "mutation($input: JiraConnectionInput!) { setJiraConnection(input: $input) { siteUrl } }",
            new { input = new { siteUrl = (siteUrl ?? app.Jira.Url).ToString(), accountEmail = FakeJira.Email, apiToken, webhookSecret = WebhookSecret } },
            admin)).Data("setJiraConnection");

    /// <summary>The request's history as the administrator reads it: each event's type and data.</summary>
    public static async Task<List<JsonElement>> HistoryAsync(this JiraApp app, JiraScene scene) =>
        [.. (await app.Host.GraphQLAsync("query($id: ID!) { requestHistory(id: $id) { type data } }", new { id = scene.RequestId }, scene.Admin)).Data("requestHistory").EnumerateArray()];

    /// <summary>Sets the scene; the request is submitted and its issue created unless <paramref name="submit"/> is false.</summary>
    public static async Task<JiraScene> SceneAsync(this JiraApp app, bool submit = true, bool bank = false)
    {
        var admin = await app.SharedAdministratorAsync();
        await app.ConnectAsync(admin);
        var clientId = await app.ClientOrganisationAsync(admin, "Initech");
        (await app.Host.GraphQLAsync(
            "mutation($clientId: ID!, $input: JiraClientMappingInput!) { mapClientToJira(clientId: $clientId, input: $input) { projectKey } }",
            new { clientId, input = new { projectKey = FakeJira.ProjectKey, priorities = new[] { new { urgency = "HIGH", priority = "High" } } } },
            admin)).Data("mapClientToJira");
        var clientAdmin = await app.InvitedAndSignedInAsync(admin, Role.ClientAdmin, clientId);
        var agent = await app.InvitedAndSignedInAsync(admin, Role.Agent, null);
        var accountId = $"jira-{agent.PersonId:N}";
        (await app.Host.GraphQLAsync(
            "mutation($a: String!, $p: ID!) { linkJiraAccount(accountId: $a, personId: $p) { accountId } }", new { a = accountId, p = agent.PersonId }, admin)).Data("linkJiraAccount");
        var scene = new JiraScene(admin, clientId, clientAdmin, agent, accountId, string.Empty);
        if (bank)
        {
            (await app.Host.GraphQLAsync(HourBankScenes.Open, new { clientId, threshold = 0 }, admin)).Data("openHourBank");
        }

        return submit ? scene with { RequestId = await app.SubmitAsync(scene) } : scene;
    }

    public static async Task<string> SubmitAsync(this JiraApp app, JiraScene scene) =>
        (await app.SettledAsync(() => app.Host.GraphQLAsync(RequestDocuments.Submit, new { input = new { title = "Printer jams" } }, scene.ClientAdmin)))
            .Data("submitRequest").GetProperty("request").GetProperty("id").GetString()!;

    public static async Task<JsonElement> RequestAsync(this JiraApp app, JiraScene scene, string? requestId = null) =>
        (await app.Host.GraphQLAsync(Request, new { id = requestId ?? scene.RequestId }, scene.Admin)).Data("request");

    public static string? IssueKey(this JsonElement request) =>
        request.GetProperty("jiraIssueKey") is { ValueKind: JsonValueKind.String } key ? key.GetString() : null;

    public static FakeIssue IssueOf(this JiraApp app, JiraScene scene) => app.Jira.IssueLabelled(JiraIntegration.LabelFor(Guid.Parse(scene.RequestId)));

    /// <summary>Waits, without a deadline of its own beyond a generous patience, for what a retry or a delayed message brings about.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var patience = DateTimeOffset.UtcNow.AddSeconds(45);
        while (true)
        {
            var value = await read();
            if (done(value) || DateTimeOffset.UtcNow > patience)
            {
                return value;
            }

            await Task.Delay(PollInterval);
        }
    }

    /// <summary>
    /// Reads <paramref name="read"/> at every poll for as long as <paramref name="holds"/> is true both
    /// before and after the read, so every sample was taken while it held.
    /// </summary>
    public static async Task<IReadOnlyList<T>> SampledWhileAsync<T>(Func<T> read, Func<bool> holds)
    {
        var samples = new List<T>();
        var patience = DateTimeOffset.UtcNow.AddSeconds(45);
        while (holds() && DateTimeOffset.UtcNow <= patience)
        {
            var value = read();
            if (!holds())
            {
                break;
            }

            samples.Add(value);
            await Task.Delay(PollInterval);
        }

        return samples;
    }

    /// <summary>
    /// The <c>jira</c> queue as Wolverine reports it once a change of state has settled: a pause by
    /// the circuit breaker is reported after the calls in flight have finished.
    /// </summary>
    public static ListeningStatus JiraQueueStatus(this JiraApp app) =>
        app.Host.Services.GetRequiredService<IWolverineRuntime>().Tracker.StatusFor(new Uri($"local://{JiraRouting.QueueName}"));

    /// <summary>Posts a webhook body the way Jira Cloud does and waits for all it set off.</summary>
    public static async Task<int> DeliverAsync(this JiraApp app, object body, string? deliveryId = null, string? signature = null, string secret = WebhookSecret) =>
        await app.SettledAsync(() => app.PostWebhookAsync(body, deliveryId, signature, secret));

    /// <summary>Posts a webhook body the way Jira Cloud does: signed with the shared secret and with a delivery identifier.</summary>
    public static async Task<int> PostWebhookAsync(this JiraApp app, object body, string? deliveryId = null, string? signature = null, string secret = WebhookSecret)
    {
        var bytes = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(body));
        var result = await app.Host.Scenario(scenario =>
        {
            scenario.ConfigureHttpContext(http =>
            {
                http.Request.Method = "POST";
                http.Request.Path = JiraWebhookEndpoint.Path;
                http.Request.ContentType = "application/json";
                http.Request.Body = new MemoryStream(bytes);
                http.Request.Headers[JiraWebhookEndpoint.DeliveryHeader] = deliveryId ?? Guid.NewGuid().ToString();
                if (signature != string.Empty)
                {
                    http.Request.Headers[WebhookSignature.Header] = signature ?? WebhookSignature.For(secret, bytes);
                }
            });
            scenario.IgnoreStatusCode();
        });
        return result.Context.Response.StatusCode;
    }

    /// <summary>An agent moves the request on in Milestone with a status mutation that takes the request's version.</summary>
    public static async Task MoveAsync(this JiraApp app, JiraScene scene, string mutation, string arguments = "")
    {
        var version = (await app.RequestAsync(scene)).GetProperty("version").GetInt32();
        (await app.SettledAsync(() => app.Host.GraphQLAsync(
            $"mutation($id: ID!, $v: Int!) {{ {mutation}(requestId: $id, version: $v{arguments}) {{ version }} }}", new { id = scene.RequestId, v = version }, scene.Agent)))
            .Data(mutation);
    }

    public static object WorklogEvent(string webhookEvent, FakeWorklog worklog, DateTimeOffset? updated = null, int? seconds = null) => new
    {
        timestamp = (updated ?? worklog.Updated).ToUnixTimeMilliseconds(),
        webhookEvent,
        worklog = (worklog with { Updated = updated ?? worklog.Updated, TimeSpentSeconds = seconds ?? worklog.TimeSpentSeconds }).Json(),
    };

    /// <summary>A comment webhook as Jira Cloud sends it; <paramref name="restricted"/> gives the comment a role visibility, as an agent's internal comment has.</summary>
    public static object CommentEvent(string webhookEvent, FakeIssue issue, string commentId, string accountId, string text, DateTimeOffset updated, bool restricted = false) => new
    {
        timestamp = updated.ToUnixTimeMilliseconds(),
        webhookEvent,
        comment = new
        {
            self = $"https://example.atlassian.net/rest/api/3/issue/{issue.Id}/comment/{commentId}",
            id = commentId,
            author = new { accountId, displayName = accountId },
            body = new { type = "doc", version = 1, content = new[] { new { type = "paragraph", content = new[] { new { type = "text", text } } } } },
            updateAuthor = new { accountId, displayName = accountId },
            created = JiraTimes.Format(updated),
            updated = JiraTimes.Format(updated),
            visibility = restricted ? new { type = "role", value = "Administrators", identifier = "Administrators" } : null,
            jsdPublic = !restricted,
        },
        issue = new { id = issue.Id, key = issue.Key, fields = new { summary = issue.Summary } },
    };

    public static object IssueDeletedEvent(FakeIssue issue, string accountId) => new
    {
        timestamp = issue.Updated.ToUnixTimeMilliseconds(),
        webhookEvent = "jira:issue_deleted",
        issue_event_type_name = "issue_deleted",
        user = new { accountId, displayName = accountId },
        issue = issue.Json(),
    };

    public static object IssueMovedEvent(FakeIssue issue, string accountId) => new
    {
        timestamp = issue.Updated.ToUnixTimeMilliseconds(),
        webhookEvent = "jira:issue_updated",
        issue_event_type_name = "issue_generic",
        user = new { accountId, displayName = accountId },
        issue = issue.Json(),
        changelog = new { id = "30001", items = new[] { new { field = "status", fieldtype = "jira", fromString = "In Progress", toString = issue.Status.Name } } },
    };
}
