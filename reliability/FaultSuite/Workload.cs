using System.Collections.Concurrent;
using System.Text.Json;

namespace Milestone.FaultSuite;

/// <summary>What a client was told succeeded: the unique text it carried and, for worklogs, its id.</summary>
public sealed record Acknowledged(string Kind, string Text, Guid? WorklogId);

/// <summary>
/// Four clients working at once: three client members submitting requests and replying on them, one
/// agent logging work on them. Each command carries an idempotency key and unique text, and is repeated
/// with the same key until the host acknowledges it, as a careful client would.
/// </summary>
public sealed class Workload(GraphQLClient api, string password)
{
    public const string Submit = "mutation($input: SubmitRequestInput!) { submitRequest(input: $input) { request { id } } }";
    public const string Post = "mutation($requestId: ID!, $body: String!, $key: String) { postMessage(requestId: $requestId, body: $body, idempotencyKey: $key) { id } }";
    public const string LogWork = "mutation($requestId: ID!, $note: String, $key: String, $day: DateOnly!) { logWork(requestId: $requestId, minutes: 15, workDate: $day, note: $note, idempotencyKey: $key) { id } }";

    private static readonly string[] Members = ["member@acme.test", "member@globex.test", "member@initech.test"];
    private const string Agent = "sam@demo.milestone.test";

    private readonly ConcurrentQueue<Acknowledged> _acknowledged = new();
    private readonly ConcurrentBag<string> _requests = [];

    public IReadOnlyCollection<Acknowledged> Acknowledgements => _acknowledged;

    public async Task RunAsync(CancellationToken stop)
    {
        var workers = Members.Select(member => MemberAsync(member, stop)).Append(AgentAsync(stop));
        await Task.WhenAll(workers);
    }

    private async Task MemberAsync(string email, CancellationToken stop)
    {
        var token = await api.SignInAsync(email, password, stop);
        while (!stop.IsCancellationRequested)
        {
            var title = $"Fault suite request {Guid.NewGuid():N}";
            var submitted = await CommandAsync(token, Submit, new { input = new { title, idempotencyKey = title } });
            var requestId = submitted.GetProperty("submitRequest").GetProperty("request").GetProperty("id").GetString()!;
            _acknowledged.Enqueue(new("submit", title, null));
            _requests.Add(requestId);

            var body = $"Fault suite reply {Guid.NewGuid():N}";
            await CommandAsync(token, Post, new { requestId, body, key = Guid.NewGuid() });
            _acknowledged.Enqueue(new("message", body, null));
        }
    }

    private async Task AgentAsync(CancellationToken stop)
    {
        var token = await api.SignInAsync(Agent, password, stop);
        while (!stop.IsCancellationRequested)
        {
            if (_requests.IsEmpty)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), CancellationToken.None);
                continue;
            }

            var requestId = _requests.ElementAt(Random.Shared.Next(_requests.Count));
            var key = Guid.NewGuid();
            var note = $"Fault suite work {key:N}";
            var logged = await CommandAsync(token, LogWork, new { requestId, note, key, day = DateOnly.FromDateTime(DateTime.UtcNow) });
            _acknowledged.Enqueue(new("worklog", note, logged.GetProperty("logWork").GetProperty("id").GetGuid()));
        }
    }

    /// <summary>Once started, a command is seen through even after the stop signal, so every attempt ends acknowledged.</summary>
    private async Task<JsonElement> CommandAsync(string token, string query, object variables)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        return await api.UntilAcknowledgedAsync(token, query, variables, patience.Token);
    }
}
