using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Milestone.Api.Jira;

/// <summary>
/// Jira Cloud REST v3 over a typed <see cref="HttpClient"/>, addressed and authenticated by the saved
/// <see cref="JiraConnection"/> on every call. Failures come out as one of three exceptions, which say
/// what to do next: try later, wait as asked, or give up until someone fixes the settings. A singleton
/// over <see cref="IHttpClientFactory"/>'s named client, so handlers get it injected without service location.
/// </summary>
public sealed class JiraClient(IHttpClientFactory clients, IOptions<JiraSettings> settings, TimeProvider time)
{
    public const string HttpClientName = "jira";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task<JiraSearchResult> SearchAsync(JiraConnection connection, string jql, string? nextPageToken, CancellationToken cancellation)
    {
        var query = $"jql={Uri.EscapeDataString(jql)}&fields=status,resolution,updated,labels,parent&maxResults=100"
            + (nextPageToken is null ? string.Empty : $"&nextPageToken={Uri.EscapeDataString(nextPageToken)}");
        return SendAsync<JiraSearchResult>(connection, HttpMethod.Get, $"/rest/api/3/search/jql?{query}", null, cancellation);
    }

    /// <summary>Jira Cloud takes no idempotency key for a create, so a failure on its side leaves open whether the issue was made.</summary>
    public async Task<JiraCreatedIssue> CreateIssueAsync(JiraConnection connection, object fields, CancellationToken cancellation)
    {
        try
        {
            return await SendAsync<JiraCreatedIssue>(connection, HttpMethod.Post, "/rest/api/3/issue", new { fields }, cancellation);
        }
        catch (JiraUnavailableException unavailable)
        {
            throw new JiraCreateUnconfirmedException(unavailable);
        }
    }

    public Task<JiraIssue> GetIssueAsync(JiraConnection connection, string issueKey, CancellationToken cancellation) =>
        SendAsync<JiraIssue>(connection, HttpMethod.Get, $"/rest/api/3/issue/{Uri.EscapeDataString(issueKey)}?fields=status,resolution,updated,labels", null, cancellation);

    /// <summary>The transitions open to the issue, each with the fields its screen asks for.</summary>
    public Task<JiraTransitions> GetTransitionsAsync(JiraConnection connection, string issueKey, CancellationToken cancellation) =>
        SendAsync<JiraTransitions>(connection, HttpMethod.Get, $"/rest/api/3/issue/{Uri.EscapeDataString(issueKey)}/transitions?expand=transitions.fields", null, cancellation);

    public Task TransitionAsync(JiraConnection connection, string issueKey, string transitionId, IReadOnlyDictionary<string, object> fields, CancellationToken cancellation) =>
        SendAsync<JsonElement?>(
            connection, HttpMethod.Post, $"/rest/api/3/issue/{Uri.EscapeDataString(issueKey)}/transitions",
            fields.Count == 0 ? (object)new { transition = new { id = transitionId } } : new { transition = new { id = transitionId }, fields }, cancellation);

    public Task<JiraWorklogPage> GetWorklogsAsync(JiraConnection connection, string issueKey, CancellationToken cancellation) =>
        SendAsync<JiraWorklogPage>(connection, HttpMethod.Get, $"/rest/api/3/issue/{Uri.EscapeDataString(issueKey)}/worklog?startAt=0&maxResults=5000", null, cancellation);

    public Task<JiraUser> MyselfAsync(JiraConnection connection, CancellationToken cancellation) =>
        SendAsync<JiraUser>(connection, HttpMethod.Get, "/rest/api/3/myself", null, cancellation);

    /// <summary>Which of <paramref name="permissions"/> the connection's account lacks in the project.</summary>
    public async Task<IReadOnlyList<string>> MissingPermissionsAsync(JiraConnection connection, string projectKey, IReadOnlyList<string> permissions, CancellationToken cancellation)
    {
        var answer = await SendAsync<JsonElement>(
            connection, HttpMethod.Get, $"/rest/api/3/mypermissions?projectKey={Uri.EscapeDataString(projectKey)}&permissions={string.Join(',', permissions)}", null, cancellation);
        return [.. permissions.Where(permission =>
            !(answer.TryGetProperty("permissions", out var all) && all.TryGetProperty(permission, out var one)
              && one.TryGetProperty("havePermission", out var have) && have.GetBoolean()))];
    }

    private async Task<T> SendAsync<T>(JiraConnection connection, HttpMethod method, string pathAndQuery, object? body, CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(method, new Uri(connection.SiteUrl, pathAndQuery));
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{connection.AccountEmail}:{connection.ApiToken}")));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(settings.Value.CallTimeout);
        HttpResponseMessage response;
        try
        {
            response = await clients.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
        }
        catch (Exception unreachable) when (unreachable is HttpRequestException || (unreachable is OperationCanceledException && !cancellation.IsCancellationRequested))
        {
            throw new JiraUnavailableException($"Jira at {connection.Site} could not be reached: {unreachable.Message}", unreachable);
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                return response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0
                    ? default!
                    : (await response.Content.ReadFromJsonAsync<T>(Json, cancellation))!;
            }

            var status = (int)response.StatusCode;
            throw status switch
            {
                429 => new JiraThrottledException(RetryAfter(response)),
                >= 500 or 408 => new JiraUnavailableException($"Jira answered {status} to {method} {request.RequestUri!.AbsolutePath}."),
                400 => new JiraRefusedException(status, $"Jira refused {method} {request.RequestUri!.AbsolutePath} with 400: {await ErrorsAsync(response, cancellation)}"),
                _ => new JiraRefusedException(status, $"Jira refused {method} {request.RequestUri!.AbsolutePath} with {status}."),
            };
        }
    }

    /// <summary>What Jira says is wrong with a request it refused: its <c>errorMessages</c> and the message of each field in <c>errors</c>.</summary>
    private static async Task<string> ErrorsAsync(HttpResponseMessage response, CancellationToken cancellation)
    {
        try
        {
            var answer = await response.Content.ReadFromJsonAsync<JsonElement>(Json, cancellation);
            var messages = answer.TryGetProperty("errorMessages", out var general) && general.ValueKind == JsonValueKind.Array
                ? general.EnumerateArray().Select(message => message.ToString())
                : [];
            var fields = answer.TryGetProperty("errors", out var byField) && byField.ValueKind == JsonValueKind.Object
                ? byField.EnumerateObject().Select(field => $"{field.Name}: {field.Value}")
                : [];
            return string.Join("; ", messages.Concat(fields));
        }
        catch (Exception unreadable) when (unreadable is JsonException or NotSupportedException)
        {
            return "no explanation";
        }
    }

    private TimeSpan RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } when date > time.GetUtcNow() => date - time.GetUtcNow(),
        _ => settings.Value.DefaultRetryAfter,
    };
}
