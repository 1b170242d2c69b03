using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Milestone.Api.Tests.Jira;

/// <summary>
/// Jira Cloud as far as the sync talks to it, on a Kestrel port of its own, answering in REST v3's
/// shapes. Tests script failures ahead of calls and read back which calls were made.
/// </summary>
public sealed class FakeJira : IAsyncDisposable
{
    public const string Email = "sync@msp.test";
    public const string ApiToken = "the-api-token-of-the-sync";
    public const string ProjectKey = "ACME";

    /// <summary>The Atlassian account of the sync's e-mail and token: whatever Milestone does in Jira is done by it.</summary>
    public const string SyncAccountId = "sync-account";

    private readonly WebApplication _server;
    private readonly ConcurrentQueue<ScriptedFailure> _failures = new();
    private int _outageStatus;
    private int _nextIssue;
    private int _nextWorklog;

    private FakeJira(WebApplication server) => _server = server;

    public Uri Url { get; private set; } = null!;

    public ConcurrentDictionary<string, FakeIssue> Issues { get; } = new();

    public ConcurrentQueue<JiraCall> Calls { get; } = new();

    public static FakeJira Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var fake = new FakeJira(HostBuilds.InTurn(builder.Build));
        fake.Map();
        fake._server.StartAsync().GetAwaiter().GetResult();
        fake.Url = new Uri(fake._server.Urls.First());
        return fake;
    }

    /// <summary>
    /// The next call matching makes Jira answer <paramref name="status"/>; with <paramref name="afterDoingIt"/> Jira does the work and the
    /// answer is lost, and an issue it creates so is found by search only <paramref name="searchableAfter"/> later, as Jira's index lags.
    /// </summary>
    public void FailNext(string method, string path, int status, int? retryAfterSeconds = null, bool afterDoingIt = false, TimeSpan? searchableAfter = null) =>
        _failures.Enqueue(new ScriptedFailure(method, path, status, retryAfterSeconds, afterDoingIt, searchableAfter ?? TimeSpan.Zero));

    /// <summary>From now on Jira answers <paramref name="status"/> to every call, until <see cref="Recover"/>.</summary>
    public void GoDown(int status) => Volatile.Write(ref _outageStatus, status);

    public void Recover() => Volatile.Write(ref _outageStatus, 0);

    public IReadOnlyList<JiraCall> CallsTo(string method, string pathEnd) =>
        [.. Calls.Where(call => call.Method == method && call.Path.EndsWith(pathEnd, StringComparison.Ordinal))];

    public FakeIssue IssueLabelled(string label) => Issues.Values.Single(issue => issue.Labels.Contains(label));

    /// <summary>An issue made in Jira other than through Milestone's calls, e.g. the second issue of a create retried too early.</summary>
    public FakeIssue AddIssue(string summary, IReadOnlyList<string> labels, FakeIssue? parent = null)
    {
        var number = Interlocked.Increment(ref _nextIssue);
        var issue = new FakeIssue($"{10000 + number}", $"{ProjectKey}-{number}", summary, labels) { ParentKey = parent?.Key, ParentId = parent?.Id };
        Issues[issue.Key] = issue;
        return issue;
    }

    /// <summary>An agent deletes the issue in Jira, and with it its sub-tasks.</summary>
    public void DeleteIssue(FakeIssue issue)
    {
        foreach (var gone in Issues.Values.Where(candidate => candidate == issue || candidate.ParentKey == issue.Key))
        {
            Issues.TryRemove(gone.Key, out _);
        }
    }

    public FakeWorklog AddWorklog(FakeIssue issue, string accountId, int seconds, DateTimeOffset started)
    {
        var worklog = new FakeWorklog($"{20000 + Interlocked.Increment(ref _nextWorklog)}", issue.Id, accountId, seconds, started, started.AddMinutes(1));
        issue.Worklogs[worklog.Id] = worklog;
        issue.Updated = worklog.Updated;
        return worklog;
    }

    /// <summary>An agent deletes the worklog in Jira, which updates the issue as well.</summary>
    public void DeleteWorklog(FakeIssue issue, FakeWorklog worklog, DateTimeOffset at)
    {
        issue.Worklogs.TryRemove(worklog.Id, out _);
        issue.Updated = at;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private void Map()
    {
        _server.Use(async (http, next) =>
        {
            Calls.Enqueue(new JiraCall(http.Request.Method, http.Request.Path, DateTimeOffset.UtcNow));
            var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Email}:{ApiToken}"));
            if (http.Request.Headers.Authorization != expected)
            {
                http.Response.StatusCode = 401;
                return;
            }

            if (Volatile.Read(ref _outageStatus) is not 0 and var outage)
            {
                http.Response.StatusCode = outage;
                return;
            }

            if (!_failures.TryPeek(out var failure) || failure.Method != http.Request.Method || !http.Request.Path.Value!.EndsWith(failure.Path, StringComparison.Ordinal)
                || !_failures.TryDequeue(out failure))
            {
                await next(http);
                return;
            }

            if (failure.AfterDoingIt)
            {
                http.Items[SearchableAfterItem] = failure.SearchableAfter;
                var answer = http.Response.Body;
                http.Response.Body = new MemoryStream();
                await next(http);
                http.Response.Body = answer;
                http.Response.Headers.Clear();
            }

            http.Response.StatusCode = failure.Status;
            if (failure.RetryAfterSeconds is { } seconds)
            {
                http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        });

        _server.MapGet("/rest/api/3/myself", () => Results.Json(new { accountId = SyncAccountId, displayName = "Milestone Sync", emailAddress = Email }));
        _server.MapGet("/rest/api/3/mypermissions", (string permissions) => Results.Json(new
        {
            permissions = permissions.Split(',').ToDictionary(key => key, key => new { key, havePermission = true }),
        }));
        _server.MapGet("/rest/api/3/search/jql", (string jql) =>
        {
            var label = System.Text.RegularExpressions.Regex.Match(jql, "labels = \"([^\"]+)\"").Groups[1].Value;
            return Results.Json(new { issues = Issues.Values.Where(issue => issue.Labels.Contains(label) && issue.SearchableFrom <= DateTimeOffset.UtcNow).OrderBy(issue => issue.Updated).Select(issue => issue.Json()).ToArray(), isLast = true });
        });
        _server.MapPost("/rest/api/3/issue", async (HttpRequest request) =>
        {
            var body = await System.Text.Json.JsonDocument.ParseAsync(request.Body);
            var fields = body.RootElement.GetProperty("fields");
            var number = Interlocked.Increment(ref _nextIssue);
            var issue = new FakeIssue($"{10000 + number}", $"{ProjectKey}-{number}", fields.GetProperty("summary").GetString()!, [.. fields.GetProperty("labels").EnumerateArray().Select(label => label.GetString()!)]);
            issue.IssueType = fields.GetProperty("issuetype").GetProperty("name").GetString()!;
            issue.ParentKey = fields.TryGetProperty("parent", out var parent) ? parent.GetProperty("key").GetString() : null;
            issue.ParentId = issue.ParentKey is { } parentKey ? Issues[parentKey].Id : null;
            issue.SearchableFrom = DateTimeOffset.UtcNow + (request.HttpContext.Items[SearchableAfterItem] as TimeSpan? ?? TimeSpan.Zero);
            Issues[issue.Key] = issue;
            return Results.Json(new { id = issue.Id, key = issue.Key, self = $"{Url}rest/api/3/issue/{issue.Id}" }, statusCode: 201);
        });
        _server.MapGet("/rest/api/3/issue/{key}", (string key) => Issues.TryGetValue(key, out var issue) ? Results.Json(issue.Json()) : Results.NotFound());
        // As in Jira Service Management, the screen of a transition into Done requires a resolution (and, for an issue
        // whose project asks more, a field of its own); Jira describes them only when asked to expand the fields.
        _server.MapGet("/rest/api/3/issue/{key}/transitions", (string key, string? expand) =>
        {
            if (!Issues.TryGetValue(key, out var issue))
            {
                return Results.NotFound();
            }

            var withFields = expand?.Split(',').Contains("transitions.fields") == true;
            return Results.Json(new
            {
                transitions = FakeIssue.Statuses.Select((status, index) => new
                {
                    id = $"{(index + 1) * 10}",
                    name = status.Name,
                    to = FakeIssue.StatusJson(status),
                    fields = withFields ? issue.ScreenFieldsInto(status) : null,
                }).ToArray(),
            });
        });
        _server.MapPost("/rest/api/3/issue/{key}/transitions", async (string key, HttpRequest request) =>
        {
            var body = await System.Text.Json.JsonDocument.ParseAsync(request.Body);
            var index = int.Parse(body.RootElement.GetProperty("transition").GetProperty("id").GetString()!, System.Globalization.CultureInfo.InvariantCulture) / 10 - 1;
            if (!Issues.TryGetValue(key, out var issue))
            {
                return Results.NotFound();
            }

            var to = FakeIssue.Statuses[index];
            var fields = body.RootElement.TryGetProperty("fields", out var sent) ? sent : default;
            var missing = issue.ScreenFieldsInto(to).Keys
                .Where(field => fields.ValueKind != System.Text.Json.JsonValueKind.Object || !fields.TryGetProperty(field, out _))
                .ToDictionary(field => field, field => $"{field} is required.");
            if (missing.Count > 0)
            {
                return Results.Json(new { errorMessages = Array.Empty<string>(), errors = missing }, statusCode: 400);
            }

            issue.Status = to;
            issue.Resolution = to.Category == "done" && fields.ValueKind == System.Text.Json.JsonValueKind.Object && fields.TryGetProperty("resolution", out var resolution)
                ? resolution.GetProperty("name").GetString()
                : null;
            issue.Updated = issue.Updated.AddSeconds(1);
            return Results.NoContent();
        });
        _server.MapGet("/rest/api/3/issue/{key}/worklog", (string key) =>
        {
            if (!Issues.TryGetValue(key, out var issue))
            {
                return Results.NotFound();
            }

            var worklogs = issue.Worklogs.Values.OrderBy(worklog => worklog.Id).Select(worklog => worklog.Json()).ToArray();
            return Results.Json(new { startAt = 0, maxResults = 5000, total = worklogs.Length, worklogs });
        });
    }

    private const string SearchableAfterItem = "searchable-after";

    private sealed record ScriptedFailure(string Method, string Path, int Status, int? RetryAfterSeconds, bool AfterDoingIt, TimeSpan SearchableAfter);
}

public sealed record JiraCall(string Method, string Path, DateTimeOffset At);

public sealed record FakeStatus(string Name, string Category);

public sealed class FakeIssue(string id, string key, string summary, IReadOnlyList<string> labels)
{
    public static readonly IReadOnlyList<FakeStatus> Statuses =
        [new("To Do", "new"), new("In Progress", "indeterminate"), new("Done", "done"), new("Waiting for customer", "indeterminate")];

    public static readonly IReadOnlyList<string> Resolutions = ["Won't Do", "Done", "Duplicate"];

    public string Id => id;

    public string Key => key;

    public string Summary => summary;

    public IReadOnlyList<string> Labels => labels;

    public FakeStatus Status { get; set; } = Statuses[0];

    public string IssueType { get; set; } = "Task";

    public string? ParentKey { get; set; }

    public string? ParentId { get; set; }

    /// <summary>From when Jira's search finds the issue; its index lags behind a create.</summary>
    public DateTimeOffset SearchableFrom { get; set; } = DateTimeOffset.MinValue;

    public DateTimeOffset Updated { get; set; } = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

    public ConcurrentDictionary<string, FakeWorklog> Worklogs { get; } = new();

    /// <summary>The resolution the transition into Done was given, or null while the issue is not done.</summary>
    public string? Resolution { get; set; }

    /// <summary>A field of the project's own (id and name) that its resolving screen requires besides the resolution, with nothing to choose from.</summary>
    public (string Id, string Name)? AlsoRequiredToResolve { get; set; }

    /// <summary>The required fields of the screen of the transition into <paramref name="status"/>, in REST v3's shape.</summary>
    public Dictionary<string, object> ScreenFieldsInto(FakeStatus status)
    {
        var fields = new Dictionary<string, object>();
        if (status.Category != "done")
        {
            return fields;
        }

        fields["resolution"] = new
        {
            required = true,
            schema = new { type = "resolution", system = "resolution" },
            name = "Resolution",
            key = "resolution",
            hasDefaultValue = false,
            operations = new[] { "set" },
            allowedValues = Resolutions.Select((name, index) => new { self = $"https://example.atlassian.net/rest/api/3/resolution/{10000 + index}", id = $"{10000 + index}", name }).ToArray(),
        };
        if (AlsoRequiredToResolve is var (id, name))
        {
            fields[id] = new { required = true, schema = new { type = "string", custom = "com.atlassian.jira.plugin.system.customfieldtypes:textarea" }, name, key = id, hasDefaultValue = false, operations = new[] { "set" } };
        }

        return fields;
    }

    public static object StatusJson(FakeStatus status) => new { name = status.Name, statusCategory = new { key = status.Category } };

    public object Json() => new
    {
        id,
        key,
        fields = new
        {
            summary,
            labels,
            status = StatusJson(Status),
            resolution = Status.Category == "done" ? new { name = Resolution ?? "Done" } : null,
            updated = JiraTimes.Format(Updated),
            parent = ParentKey is null ? null : new { id = ParentId, key = ParentKey },
        },
    };
}

public sealed record FakeWorklog(string Id, string IssueId, string AccountId, int TimeSpentSeconds, DateTimeOffset Started, DateTimeOffset Updated)
{
    public string Comment { get; init; } = "Worked in Jira";

    public object Json() => new
    {
        id = Id,
        issueId = IssueId,
        author = new { accountId = AccountId, displayName = AccountId },
        timeSpentSeconds = TimeSpentSeconds,
        started = JiraTimes.Format(Started),
        created = JiraTimes.Format(Started),
        updated = JiraTimes.Format(Updated),
        comment = new { type = "doc", version = 1, content = new[] { new { type = "paragraph", content = new[] { new { type = "text", text = Comment } } } } },
    };
}

public static class JiraTimes
{
    /// <summary>Jira's own format: milliseconds and an offset without a colon.</summary>
    public static string Format(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture) + "+0000";
}
