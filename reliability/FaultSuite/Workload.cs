using System.Collections.Concurrent;
using System.Text.Json;

namespace Milestone.FaultSuite;

/// <summary>What a client was told succeeded: the unique text it carried, for worklogs its id, and every attempt it took.</summary>
public sealed record Acknowledged(string Kind, string Text, Guid? WorklogId, IReadOnlyList<Attempt> Attempts);

/// <summary>A command the host never acknowledged in three minutes of trying: by the contract, nothing of it may exist.</summary>
public sealed record Abandoned(string Kind, string Text, IReadOnlyList<Attempt> Attempts);

/// <summary>A staff reply acknowledged this soon after its request was first sent stopped the response target before its at-risk moment.</summary>
public sealed record Answered(Guid RequestId, bool InTime);

/// <summary>
/// Five clients working at once: three client members submitting requests and replying on them, one
/// agent logging work on them, and one agent answering fresh requests publicly, which stops their response
/// target (some in time, before the at-risk moment; some late, when an outage held the answer up). Each
/// command carries an idempotency key and unique text, and is repeated with the same key until the host
/// acknowledges it, as a careful client would.
/// </summary>
public sealed class Workload(GraphQLClient api, string password)
{
    public const string Submit = "mutation($input: SubmitRequestInput!) { submitRequest(input: $input) { request { id } } }";
    public const string Post = "mutation($requestId: ID!, $body: String!, $key: String) { postMessage(requestId: $requestId, body: $body, idempotencyKey: $key) { id } }";
    public const string LogWork = "mutation($requestId: ID!, $note: String, $key: String, $day: DateOnly!) { logWork(requestId: $requestId, minutes: 15, workDate: $day, note: $note, idempotencyKey: $key) { id } }";

    private static readonly string[] Members = ["member@acme.test", "member@globex.test", "member@initech.test"];
    private const string Agent = "sam@demo.milestone.test";

    /// <summary>Half the one-minute response target: the suite's policy puts a target at risk at 50 %.</summary>
    private static readonly TimeSpan AtRiskAfter = TimeSpan.FromSeconds(30);

    /// <summary>How fresh a request must be for the responder to take it, so that most answers land before the at-risk moment.</summary>
    private static readonly TimeSpan FreshEnough = TimeSpan.FromSeconds(5);

    private readonly ConcurrentQueue<Acknowledged> _acknowledged = new();
    private readonly ConcurrentBag<string> _requests = [];
    private readonly ConcurrentQueue<(string RequestId, DateTime FirstSent)> _unanswered = new();
    private readonly ConcurrentQueue<Answered> _answered = new();
    private readonly ConcurrentQueue<Abandoned> _abandoned = new();

    public IReadOnlyCollection<Acknowledged> Acknowledgements => _acknowledged;

    public IReadOnlyCollection<Answered> Answers => _answered;

    public IReadOnlyCollection<Abandoned> Abandonments => _abandoned;

    public async Task RunAsync(CancellationToken stop)
    {
        var workers = Members.Select(member => MemberAsync(member, stop)).Append(AgentAsync(stop)).Append(ResponderAsync(stop));
        await Task.WhenAll(workers);
    }

    private async Task MemberAsync(string email, CancellationToken stop)
    {
        var token = await api.SignInAsync(email, password, stop);
        while (!stop.IsCancellationRequested)
        {
            var title = $"Fault suite request {Guid.NewGuid():N}";
            var firstSent = DateTime.UtcNow;
            if (await CommandAsync("submit", title, token, Submit, new { input = new { title, idempotencyKey = title } }) is not { } submitted)
            {
                continue;
            }

            var requestId = submitted.GetProperty("submitRequest").GetProperty("request").GetProperty("id").GetString()!;
            _requests.Add(requestId);
            _unanswered.Enqueue((requestId, firstSent));

            var body = $"Fault suite reply {Guid.NewGuid():N}";
            await CommandAsync("message", body, token, Post, new { requestId, body, key = Guid.NewGuid() });
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
            await CommandAsync("worklog", note, token, LogWork, new { requestId, note, key, day = DateOnly.FromDateTime(DateTime.UtcNow) }, logged => logged.GetProperty("logWork").GetProperty("id").GetGuid());
        }
    }

    private async Task ResponderAsync(CancellationToken stop)
    {
        var token = await api.SignInAsync(Agent, password, stop);
        while (!stop.IsCancellationRequested)
        {
            if (!_unanswered.TryDequeue(out var request))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), CancellationToken.None);
                continue;
            }

            if (DateTime.UtcNow - request.FirstSent > FreshEnough)
            {
                continue;
            }

            var body = $"Fault suite staff reply {Guid.NewGuid():N}";
            if (await CommandAsync("message", body, token, Post, new { requestId = request.RequestId, body, key = Guid.NewGuid() }) is null)
            {
                continue;
            }

            // The request was submitted no earlier than first sent and the reply posted no later than acknowledged.
            _answered.Enqueue(new(Guid.Parse(request.RequestId), DateTime.UtcNow - request.FirstSent < AtRiskAfter));
        }
    }

    /// <summary>Once started, a command is seen through even after the stop signal: acknowledged, or abandoned after three minutes.</summary>
    private async Task<JsonElement?> CommandAsync(string kind, string text, string token, string query, object variables, Func<JsonElement, Guid>? worklogId = null)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var attempts = await api.UntilAcknowledgedAsync(token, query, variables, patience.Token);
        if (attempts.Data is { } data)
        {
            _acknowledged.Enqueue(new(kind, text, worklogId?.Invoke(data), attempts.Tries));
            return data;
        }

        _abandoned.Enqueue(new(kind, text, attempts.Tries));
        return null;
    }
}
